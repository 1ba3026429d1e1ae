iptables -A INPUT -m string --hex-string "|00ff|" --algo bm -j DROP
iptables -A INPUT -m string --string 'a"b\c' --algo bm -j DROP
iptables -A INPUT -m string --string 'end\' --algo bm -j DROP
iptables -A INPUT -m string --string abc --algo foo -j DROP
iptables -A INPUT -m string --string abc --hex-string "|41|" --algo bm -j DROP
iptables -A INPUT -m string --hex-string "|4|" --algo bm -j DROP
iptables -A INPUT -m string --hex-string "|41" --algo bm -j DROP
iptables -A INPUT -m string --algo bm -j DROP
iptables -A INPUT -m time --weekdays 1,7 --monthdays 31,22,3 -j ACCEPT
iptables -A INPUT -m time --weekdays 0 -j ACCEPT
iptables -A INPUT -m time --monthdays 32 -j ACCEPT
iptables -A INPUT -m time --localtz -j ACCEPT
iptables -A INPUT -m time --timestart 10:00 --timestop 09:00 -j ACCEPT
iptables -A INPUT -m time --timestart 08:00 --timestop 09:00 --contiguous -j ACCEPT
iptables -A INPUT -m time --datestart 2026-13 -j ACCEPT
iptables -A INPUT -m time --timestart 9 -j ACCEPT
iptables -A INPUT -m time --timestart 09:00:30 --utc -j ACCEPT
iptables -A INPUT -m time --utc --kerneltz -j ACCEPT
iptables -A INPUT -m rpfilter -j ACCEPT
iptables -t mangle -A INPUT -m rpfilter -j ACCEPT
iptables -A OUTPUT -m socket -j ACCEPT
iptables -A INPUT -m esp --espspi 5 -j ACCEPT
iptables -A INPUT -p esp -m esp -j ACCEPT
iptables -A INPUT -m ecn --ecn-tcp-ece -j ACCEPT
iptables -A INPUT -m ecn --ecn-ip-ect 2 -j ACCEPT
iptables -A INPUT -m ecn --ecn-ip-ect 4 -j ACCEPT
iptables -A INPUT -m ecn -j ACCEPT
iptables -A INPUT -m quota --quota 18446744073709551615 -j ACCEPT
iptables -A INPUT -m quota --quota -1 -j ACCEPT
iptables -A INPUT -m connbytes --connbytes 20:10 --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -A INPUT -m connbytes --connbytes 10 --connbytes-dir foo --connbytes-mode bytes -j ACCEPT
iptables -A INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode foo -j ACCEPT
iptables -A INPUT -m cpu -j ACCEPT
iptables -A INPUT -m socket --transparent -j ACCEPT
iptables -S
iptables -L -n
iptables -t mangle -S

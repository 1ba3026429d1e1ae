iptables -A INPUT -p tcp --syn -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags ACK,SYN,FIN SYN -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags ALL ALL -j DROP
iptables -A INPUT -p tcp --tcp-flags NONE NONE -j DROP
iptables -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED,NEW,INVALID,UNTRACKED -j ACCEPT
iptables -A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -j LOG --log-level warning --log-prefix "IN: " --log-tcp-sequence --log-tcp-options --log-ip-options --log-uid --log-macdecode
iptables -A INPUT -j LOG --log-level 7
iptables -A INPUT -j LOG --log-level emerg
iptables -A INPUT -j LOG --log-level panic
iptables -A INPUT -j LOG --log-level error
iptables -A INPUT -m limit --limit 10/s -j ACCEPT
iptables -A INPUT -m limit --limit 10/second -j ACCEPT
iptables -A INPUT -m limit --limit 100/h -j ACCEPT
iptables -A INPUT -m limit --limit 1/d --limit-burst 1 -j ACCEPT
iptables -A INPUT -m limit --limit 7/min -j ACCEPT
iptables -A INPUT -m limit --limit 3/m -j ACCEPT
iptables -A INPUT -m limit -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-burst 10 --hashlimit-mode srcip --hashlimit-name ssh -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-above 1000/min --hashlimit-mode srcip,dstport --hashlimit-name web --hashlimit-htable-expire 30000 -j DROP
iptables -A INPUT -m hashlimit --hashlimit 5 --hashlimit-name old -j ACCEPT
iptables -A INPUT -m recent --name ssh --set --mask 255.255.255.0
iptables -A INPUT -m recent --name ssh --update --seconds 60 --hitcount 4 --rttl -j DROP
iptables -A INPUT -m recent --rcheck --seconds 10 --reap -j DROP
iptables -A INPUT -m time --timestart 09:00 --timestop 17:00 --weekdays Mon,Tue,Wed,Thu,Fri -j ACCEPT
iptables -A INPUT -m time --datestart 2024-01-01 --datestop 2024-12-31T23:59:59 --kerneltz -j ACCEPT
iptables -A INPUT -m time --monthdays 1,15,31 --contiguous --timestart 22:00 --timestop 02:00 -j ACCEPT
iptables -A INPUT -m string --string "GET /admin" --algo bm --to 100 -j DROP
iptables -A INPUT -m string --hex-string "|47455420|" --algo kmp -j DROP
iptables -A INPUT -m connlimit --connlimit-above 20 --connlimit-mask 24 -p tcp --syn -j REJECT
iptables -A INPUT -m connlimit --connlimit-upto 5 --connlimit-saddr -j ACCEPT
iptables -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.50 --dst-range 192.168.1.1-192.168.1.2 -j ACCEPT
iptables -A INPUT -m mac --mac-source 00:11:22:AA:bb:CC -j ACCEPT
iptables -A INPUT -m addrtype --src-type BROADCAST,MULTICAST -j DROP
iptables -A INPUT -m connbytes --connbytes 10000: --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -A INPUT -m quota --quota 1000000 -j ACCEPT
iptables -A INPUT -m ecn --ecn-tcp-cwr -p tcp -j ACCEPT
iptables -A INPUT -m helper --helper ftp -j ACCEPT
iptables -A INPUT -m owner --uid-owner 0 -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner 0-100 --gid-owner 0 --socket-exists -j ACCEPT
iptables -A OUTPUT -m owner ! --uid-owner root -j ACCEPT
iptables -A INPUT -m devgroup --src-group 1 -j ACCEPT
iptables -A INPUT -m cpu --cpu 0 -j ACCEPT
iptables -A INPUT -m rpfilter --invert -j DROP
iptables -t raw -A PREROUTING -m rpfilter --loose --validmark --accept-local -j ACCEPT
iptables -S
iptables -L -n
iptables -t raw -S

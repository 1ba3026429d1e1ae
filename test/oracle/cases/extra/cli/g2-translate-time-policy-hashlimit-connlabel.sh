# iptables-translate: time's defaults are left out, policy --dir out stays a comment, hashlimit --hashlimit-rate-match keys on (null), connlabel --set and !, multiport --ports lists range ends, IPv6 conntrack prefixes, TEE names the gateway from /etc/hosts, connbytes at the u64 top
iptables-translate -A OUTPUT -m policy --dir out --pol none
iptables-translate -A OUTPUT -m policy --dir out --pol ipsec
iptables-translate -A INPUT -m policy --dir in --pol ipsec --strict --proto esp
iptables-translate -A INPUT -m policy --dir in --pol ipsec --reqid 5
iptables-translate -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-mode srcip --hashlimit-name a --hashlimit-rate-match
iptables-translate -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-mode srcip,dstport --hashlimit-name a --hashlimit-rate-match --hashlimit-rate-interval 5
iptables-translate -A INPUT -m hashlimit --hashlimit-above 5/min --hashlimit-name a --hashlimit-rate-match --hashlimit-burst 7
iptables-translate -A INPUT -m time --datestop 2038-01-19T03:14:07
iptables-translate -A INPUT -m time --datestart 1970-01-01T00:00:00
iptables-translate -A INPUT -m time --datestart 1970-01-01T00:00:00 --datestop 2038-01-19T03:14:07
iptables-translate -A INPUT -m time --datestop 2030-01-01
iptables-translate -A INPUT -m time --timestart 00:00 --timestop 23:59:59
iptables-translate -A INPUT -m time --timestart 00:00:00
iptables-translate -A INPUT -m time --weekdays Mon,Tue,Wed,Thu,Fri,Sat,Sun
iptables-translate -A INPUT -m time --contiguous --timestart 22:00 --timestop 02:00
iptables-translate -A INPUT -m time --utc --timestart 22:00
iptables-translate -t mangle -A PREROUTING -j TEE --gateway 127.0.0.2
iptables-translate -t mangle -A PREROUTING -j TEE --gateway 127.0.0.1 --oif lo
ip6tables-translate -t mangle -A PREROUTING -j TEE --gateway ::1
ip6tables-translate -t mangle -A PREROUTING -j TEE --gateway ff02::1
ip6tables-translate -t mangle -A PREROUTING -j TEE --gateway fe00::0
iptables-translate -A INPUT -m connlabel --label 1 --set
iptables-translate -A INPUT -m connlabel ! --label 1 --set
iptables-translate -A INPUT -m connlabel --label 0
iptables-translate -A INPUT -m connlabel --label 127
iptables-translate -A INPUT -p tcp -m multiport ! --ports 22,23:25
iptables-translate -A INPUT -p tcp -m multiport --ports 22,23:25
iptables-translate -A INPUT -p udp -m multiport ! --dports 22,23:25
iptables-translate -A INPUT -p udp -m multiport ! --sports 22
iptables-translate -A INPUT -p udp -m multiport ! --ports 22
ip6tables-translate -A INPUT -m conntrack --ctorigsrc 2001:db8::1/32 ! --ctorigdst 2001:db8::/32 --ctreplsrc ::/0 --ctrepldst fe80::1/128
ip6tables-translate -A INPUT -m conntrack --ctorigsrc 2001:db8::1/ffff:: -j ACCEPT
iptables-translate -A INPUT -m conntrack --ctorigsrc 1.2.3.4/24 ! --ctorigdst 1.2.3.4/32 --ctreplsrc 0.0.0.0/0 --ctrepldst 1.2.3.4/255.0.255.0
iptables-translate -A INPUT -m connbytes --connbytes 5:18446744073709551615 --connbytes-mode bytes --connbytes-dir both
iptables-translate -A INPUT -m connbytes ! --connbytes 18446744073709551615 --connbytes-mode bytes --connbytes-dir both
iptables-translate -A INPUT -m connbytes ! --connbytes 7:7 --connbytes-mode bytes --connbytes-dir both

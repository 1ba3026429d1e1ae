iptables -t filter -N U1
iptables -t filter -N U2
iptables -t nat -N U1
iptables -t nat -N U2
iptables -t mangle -N U1
iptables -t mangle -N U2
iptables -t raw -N U1
iptables -t raw -N U2
iptables -t mangle -A FORWARD -o eth+ -p tcp --sport 1024:65535 -j CT --notrack
iptables -t filter -A U2 ! -i lo -p udplite -j DROP
iptables -t raw -I OUTPUT -i eth0 -p sctp
iptables -t raw -A OUTPUT -o eth+ -p all -m quota --quota 5000 -m hashlimit --hashlimit-upto 5/sec --hashlimit-name hl --hashlimit-mode srcip -j MASQUERADE
iptables -t filter -A INPUT ! -s 192.168.1.1 -m recent --name a --update --seconds 30 --hitcount 3 --rsource -j AUDIT --type accept
iptables -t nat -A INPUT ! -f -p icmp --icmp-type 8 -m conntrack --ctstate DNAT --ctorigdst 10.0.0.1 -m connlimit --connlimit-upto 4 -j NFQUEUE --queue-num 2
iptables -t mangle -I POSTROUTING -d 0.0.0.0/0 -p all -m ecn --ecn-ip-ect 1 -j DNAT --to-destination 10.0.0.2
iptables -t nat -A OUTPUT -s 10.0.0.0/8 -p udplite -m limit --limit 10/s --limit-burst 20 -j TOS --set-tos 0x10
iptables -t nat -I U1 ! -i lo -p sctp -j CT --notrack
iptables -t raw -A PREROUTING -d 0.0.0.0/0 -p sctp -m iprange --src-range 10.0.0.1-10.0.0.5 -m statistic --mode random --probability 0.5 -j DSCP --set-dscp 8
iptables -t mangle -A PREROUTING -d 1.2.3.4/32 -p sctp -m conntrack ! --ctstate ESTABLISHED,RELATED -m mark ! --mark 5 -j NFQUEUE --queue-num 2
iptables -t mangle -A FORWARD -i eth0 -p tcp --sport 1024:65535 -j CT --notrack
iptables -t nat -I INPUT ! -f -p udplite -j DNAT --to-destination 10.0.0.2
iptables -t raw -A U2 -d 0.0.0.0/0 -p 47 -m length --length 64:1500 -j TRACE
iptables -t raw -A PREROUTING -f -p tcp --tcp-option 8 -m mark ! --mark 5 -j LOG --log-prefix "p: " --log-level 7 --log-uid
iptables -t filter -I U1 -d 1.2.3.4/32 -p 47 -j MARK --or-mark 0x10
iptables -t nat -A PREROUTING -d 0.0.0.0/0 ! -p tcp -j NFQUEUE --queue-num 2
iptables -t mangle -I INPUT -d 0.0.0.0/0 -p udp ! --dport 123 -m rpfilter -m mark ! --mark 5 -j AUDIT --type accept
iptables -t raw -A U2 -s 10.0.0.0/8 -p sctp -m connlimit --connlimit-upto 4 -m conntrack --ctstate NEW -j TEE --gateway 10.0.0.9
iptables -t mangle -A U2 -i eth0 -p 47 -m addrtype --dst-type LOCAL -j NETMAP --to 10.9.0.0/16
iptables -t raw -I PREROUTING ! -i lo -p udp -m statistic --mode nth --every 4 --packet 2 -m dscp --dscp 10 -j REJECT --reject-with tcp-reset
iptables -t nat -A PREROUTING ! -s 192.168.1.1 -p udp ! --dport 123 -m multiport --ports 80,443 -j CLASSIFY --set-class 1:2
iptables -t nat -I U2 -m realm --realm 3 -m iprange --src-range 10.0.0.1-10.0.0.5 -j REJECT
iptables -t filter -I OUTPUT -s 10.0.0.0/8 -p udplite -m multiport --ports 80,443 -m mark ! --mark 5 -j CT --notrack
iptables -t nat -I U1 -s 10.1.0.0/255.255.0.0 ! -p tcp -m tos --tos Minimize-Delay -m quota --quota 5000 -j TOS --set-tos 0x10
iptables -t raw -A U1 ! -s 192.168.1.1 -p tcp ! --dport 80:90 -m ttl --ttl-lt 5 -j RETURN
iptables -t nat -A POSTROUTING -d 1.2.3.4/32 -p 47 -m connmark --mark 0x10 -j LOG
iptables -t filter -A OUTPUT -f -p 47 -j REJECT --reject-with icmp-net-prohibited
iptables -t raw -A PREROUTING -s 10.0.0.0/8 ! -p tcp -m helper --helper ftp -m socket -j DNAT --to-destination 10.0.0.2
iptables -t nat -I U1 ! -f -p udp --dport domain -m hashlimit --hashlimit-upto 5/sec --hashlimit-name hl --hashlimit-mode srcip -m socket -j REJECT --reject-with icmp-net-prohibited
iptables -t filter -A OUTPUT -s 10.0.0.0/8 -p udplite -m cpu --cpu 0 -m length --length 64:1500 -j TRACE
iptables -t mangle -A PREROUTING ! -i lo -p 47 -j MASQUERADE
iptables -t filter -A INPUT ! -s 192.168.1.1 -p tcp --dport :1023 -g U1
iptables -t mangle -A POSTROUTING -d 0.0.0.0/0 -p sctp -j LOG --log-prefix "p: " --log-level 7 --log-uid
iptables -t nat -A OUTPUT -s 10.1.0.0/255.255.0.0 -p all -m time --timestart 08:00 --timestop 18:00 -m multiport --dports 1,2,3 -j LOG
iptables -t mangle -A U2 -o eth+ -p sctp -m limit --limit 10/s --limit-burst 20 -m pkttype --pkt-type broadcast -j NFQUEUE --queue-num 2
iptables -t mangle -A INPUT -i eth0 -p all -j LOG --log-prefix "p: " --log-level 7 --log-uid
iptables -t filter -A U1 ! -s 192.168.1.1 ! -p tcp -m ecn --ecn-ip-ect 1 -j TEE --gateway 10.0.0.9
iptables -t raw -I PREROUTING ! -s 192.168.1.1 -p tcp --tcp-flags SYN,RST SYN -j CT --notrack
iptables -t raw -A OUTPUT ! -f -p sctp -m state --state INVALID -m recent --name a --update --seconds 30 --hitcount 3 --rsource -j SNAT --to-source 1.1.1.1
iptables -t filter -A FORWARD -o eth+ -p icmp --icmp-type 3/4 -j MARK --or-mark 0x10
iptables -t mangle -A POSTROUTING ! -s 192.168.1.1 -p 47 -m ttl --ttl-lt 5 -m dscp --dscp 10 -j REDIRECT --to-ports 8080
iptables -t mangle -A U1 ! -f -p icmp --icmp-type 8 -m quota --quota 5000 -m connmark --mark 0x10 -j TCPMSS --set-mss 1300
iptables -t nat -A PREROUTING -s 10.0.0.0/8 -p sctp -j DSCP --set-dscp 8
iptables -t nat -A PREROUTING ! -f -p udp --dport 53 -m physdev --physdev-in eth1 -m cpu --cpu 0 -j DROP
iptables -t filter -A INPUT -s 10.1.0.0/255.255.0.0 -p udplite -m comment --comment "x y" -j REDIRECT --to-ports 8080
iptables -t raw -A U2 ! -s 192.168.1.1 -p tcp -m length --length 64:1500 -m multiport --dports 1,2,3 -j DROP
iptables -t mangle -A INPUT -i eth0 -p icmp ! --icmp-type any -m addrtype --dst-type LOCAL -j TRACE
iptables -t filter -A OUTPUT ! -s 192.168.1.1 -p sctp -m recent --name a --update --seconds 30 --hitcount 3 --rsource -m addrtype --dst-type LOCAL -j REJECT
iptables -t nat -A OUTPUT ! -i lo -p icmp --icmp-type timestamp-reply -j NETMAP --to 10.9.0.0/16
iptables -t raw -A OUTPUT -d 0.0.0.0/0 ! -p tcp -m socket -j SNAT --to-source 1.1.1.1
iptables -t filter -A FORWARD ! -i lo ! -p tcp -m dscp --dscp 10 -j TOS --set-tos 0x10
iptables -t nat -A OUTPUT -i eth0 ! -p tcp -j REDIRECT --to-ports 8080
iptables -t mangle -I INPUT -d 0.0.0.0/0 -m time --timestart 08:00 --timestop 18:00 -j REDIRECT --to-ports 8080
iptables -t nat -A OUTPUT -s 10.0.0.0/8 -p udplite -m owner --uid-owner 0 -m time --timestart 08:00 --timestop 18:00 -j NFQUEUE --queue-num 2
iptables -t nat -A PREROUTING -d 1.2.3.4/32 -p udp --dport 53 -j TEE --gateway 10.0.0.9
iptables -t nat -A U1 -d 0.0.0.0/0 -p icmp --icmp-type 3/4 -m recent --name a --update --seconds 30 --hitcount 3 --rsource -j SNAT --to-source 1.1.1.1
iptables -t raw -A PREROUTING ! -s 192.168.1.1 -m addrtype ! --src-type BROADCAST --limit-iface-in -j DSCP --set-dscp 8
iptables -t filter -A FORWARD -d 0.0.0.0/0 -p udplite -m tos --tos Minimize-Delay -m mark --mark 0x1/0xff -j SNAT --to-source 1.1.1.1
iptables -t filter -I U1 -j DROP
iptables -t raw -I OUTPUT -d 1.2.3.4/32 -p udplite -m limit --limit 3/min -m realm --realm 3 -j DROP
iptables -t filter -A U2 -d 0.0.0.0/0 -p udp ! --dport 123 -j DROP
iptables -t raw -A PREROUTING -d 1.2.3.4/32 -p 47 -m connbytes --connbytes 10: --connbytes-dir original --connbytes-mode packets -j LOG --log-prefix "p: " --log-level 7 --log-uid
iptables -t nat -A U1 ! -i lo -p udp --sport 67:68
iptables -t raw -A U2 -f -p sctp -m recent --name a --update --seconds 30 --hitcount 3 --rsource -j TTL --ttl-dec 1
iptables -t raw -A U2 -i eth0 -p tcp
iptables -t filter -A INPUT -s 10.1.0.0/255.255.0.0 ! -p tcp -m socket -g U1
iptables -t mangle -I U2 ! -i lo -p all -m comment --comment "x y" -j MASQUERADE
iptables -t filter -I INPUT -i eth0 -p 47 -m conntrack --ctstate DNAT --ctorigdst 10.0.0.1 -m state --state INVALID -j MARK --set-mark 7
iptables -t raw -A U1 -o eth+ -j NFLOG --nflog-group 3
iptables -t raw -A OUTPUT -d 0.0.0.0/0 -p tcp --tcp-flags SYN,RST SYN -j TRACE
iptables -t mangle -A FORWARD ! -i lo -p tcp --sport http -j LOG
iptables -t nat -A INPUT -i eth0 -p udp ! --dport 123 -m pkttype --pkt-type broadcast -j RETURN
iptables -t filter -I OUTPUT -f -p sctp -j NFLOG --nflog-group 3
iptables -t mangle -A FORWARD -o eth+ -p icmp --icmp-type echo-request
iptables -t mangle -A OUTPUT -f -p 47 -m iprange --src-range 10.0.0.1-10.0.0.5 -j DROP
iptables -t mangle -I PREROUTING -d 0.0.0.0/0 -p icmp -m conntrack --ctstate DNAT --ctorigdst 10.0.0.1 -j SNAT --to-source 1.1.1.1
iptables -t raw -A U2 -i eth0 -p tcp --tcp-option 8 -j SNAT --to-source 1.1.1.1
iptables -t nat -A PREROUTING ! -f ! -p tcp -m owner --uid-owner 0 -j CT --notrack
iptables -t raw -A OUTPUT ! -i lo -j NETMAP --to 10.9.0.0/16
iptables -t mangle -I U2 -p sctp -m mac --mac-source aa:bb:cc:dd:ee:ff -m statistic --mode nth --every 4 --packet 2 -j U2
iptables -t raw -A PREROUTING ! -i lo -p udp --sport 67:68 -j TCPMSS --set-mss 1300
iptables -t raw -A U1 -s 10.1.0.0/255.255.0.0 -j DNAT --to-destination 10.0.0.2
iptables -t nat -A PREROUTING -o eth+ -p udp --dport domain -m iprange --src-range 10.0.0.1-10.0.0.5 -j DNAT --to-destination 10.0.0.2
iptables -t mangle -A INPUT -o eth+ -p 47 -j CONNMARK --save-mark
iptables -t raw -A U2 -d 0.0.0.0/0 -p all -m addrtype ! --src-type BROADCAST --limit-iface-in -m dscp --dscp 10 -j REJECT
iptables -t nat -A U2 -f -p udplite -g U1
iptables -t filter -A OUTPUT -d 1.2.3.4/32 -p udplite -m realm --realm 3 -m ecn --ecn-ip-ect 1 -j MASQUERADE
iptables -t nat -A POSTROUTING -i eth0 -p all -m time --timestart 08:00 --timestop 18:00 -m conntrack --ctstate DNAT --ctorigdst 10.0.0.1 -j REJECT --reject-with icmp-net-prohibited
iptables -t raw -I U1 -d 0.0.0.0/0 -p sctp -m multiport --dports 1,2,3 -g U1
iptables -t mangle -A U2 ! -i lo -p tcp --sport 1024:65535 -m limit --limit 3/min -j U2
iptables -t nat -A U2 -d 1.2.3.4/32 -p icmp ! --icmp-type any -m multiport --dports 1,2,3 -m mark ! --mark 5 -j ACCEPT
iptables -t nat -A PREROUTING ! -f -p udplite -j NFQUEUE --queue-num 2
iptables -t nat -A OUTPUT ! -f -p 47 -m ecn --ecn-ip-ect 1 -m connbytes --connbytes 10: --connbytes-dir original --connbytes-mode packets -j LOG --log-prefix "p: " --log-level 7 --log-uid
iptables -t mangle -A POSTROUTING -p icmp -m tos --tos Minimize-Delay -m recent --name a --set -j DNAT --to-destination 10.0.0.2
iptables -t nat -I OUTPUT -s 10.1.0.0/255.255.0.0 -p 47 -m devgroup --dst-group 2 -j TCPMSS --set-mss 1300
iptables -t filter -A OUTPUT ! -f -j LOG --log-prefix "p: " --log-level 7 --log-uid
iptables -t mangle -I OUTPUT -s 10.1.0.0/255.255.0.0 -p icmp --icmp-type port-unreachable -m ecn --ecn-ip-ect 1 -j MASQUERADE
iptables -t raw -A OUTPUT -s 10.0.0.0/8 -p udplite -m multiport --ports 80,443 -j NFLOG --nflog-group 3
iptables -t nat -A U2 -s 10.0.0.0/8 ! -p tcp -m tos --tos Minimize-Delay -j RETURN
iptables -t nat -A OUTPUT -f ! -p tcp -j LOG
iptables -t mangle -A INPUT -s 10.1.0.0/255.255.0.0 -p tcp --tcp-flags SYN,RST SYN -m addrtype ! --src-type BROADCAST --limit-iface-in -j NFLOG --nflog-group 3
iptables -t nat -A POSTROUTING -d 0.0.0.0/0 ! -p tcp -m connmark --mark 0x10 -j DSCP --set-dscp 8
iptables -t mangle -A U1 ! -i lo -p 47 -m statistic --mode nth --every 4 --packet 2 -m connmark --mark 0x10 -j MARK --set-mark 7
iptables -t filter -A U1 -o eth+ -p sctp -m limit --limit 10/s --limit-burst 20 -j MASQUERADE
iptables -t nat -A OUTPUT -o eth+ -m cpu --cpu 0 -j NETMAP --to 10.9.0.0/16
iptables -t filter -A INPUT -i eth0 -p 47 -j SNAT --to-source 1.1.1.1
iptables -t raw -I PREROUTING -i eth0 -p sctp -m addrtype ! --src-type BROADCAST --limit-iface-in -j MASQUERADE
iptables -t filter -A OUTPUT -s 10.1.0.0/255.255.0.0 -p udp --sport 67:68 -m ecn --ecn-ip-ect 1 -j ACCEPT
iptables -t mangle -A OUTPUT -d 0.0.0.0/0 -j NETMAP --to 10.9.0.0/16
iptables -t raw -A PREROUTING ! -f -m realm --realm 3 -m multiport --dports 1,2,3 -j AUDIT --type accept
iptables -t filter -A FORWARD -d 0.0.0.0/0 -p 47 -m recent --name a --set -j CLASSIFY --set-class 1:2
iptables -t mangle -A OUTPUT ! -s 192.168.1.1 -p 47 -j REJECT --reject-with icmp-net-prohibited
iptables -t raw -A U1 ! -p tcp -j NFLOG --nflog-group 3
iptables -t nat -A POSTROUTING -o eth+ -p 47 -m multiport --dports 1,2,3 -j REDIRECT --to-ports 8080
iptables -t mangle -A POSTROUTING -s 10.1.0.0/255.255.0.0 -p tcp -m cpu --cpu 0 -m owner --uid-owner 0 -j NFQUEUE --queue-num 2
iptables -t filter -A INPUT -f -m realm --realm 3 -m hashlimit --hashlimit-upto 5/sec --hashlimit-name hl --hashlimit-mode srcip
iptables -t nat -A OUTPUT -d 1.2.3.4/32 -p udp -m connlimit --connlimit-upto 4 -m limit --limit 10/s --limit-burst 20 -j LOG --log-prefix "p: " --log-level 7 --log-uid
iptables -t raw -A U2 -o eth+ -m length --length 64:1500 -m string --algo kmp --string abc -j RETURN
iptables -t mangle -A FORWARD -s 10.0.0.0/8 -p 47 -j AUDIT --type accept
iptables -t raw -C OUTPUT ! -i lo -j NETMAP --to 10.9.0.0/16; echo rc=$?
iptables -t nat -D INPUT -i eth0 -p udp ! --dport 123 -m pkttype --pkt-type broadcast -j RETURN; echo rc=$?
iptables -t mangle -C U2 -i eth0 -p 47 -m addrtype --dst-type LOCAL -j NETMAP --to 10.9.0.0/16; echo rc=$?
iptables -t filter -C INPUT -s 10.1.0.0/255.255.0.0 ! -p tcp -m socket -g U1; echo rc=$?
iptables -t filter -C INPUT -s 10.1.0.0/255.255.0.0 -p udplite -m comment --comment "x y" -j REDIRECT --to-ports 8080; echo rc=$?
iptables -t filter -D INPUT -f -m realm --realm 3 -m hashlimit --hashlimit-upto 5/sec --hashlimit-name hl --hashlimit-mode srcip; echo rc=$?
iptables -t nat -C U2 -m realm --realm 3 -m iprange --src-range 10.0.0.1-10.0.0.5 -j REJECT; echo rc=$?
iptables -t nat -D POSTROUTING -i eth0 -p all -m time --timestart 08:00 --timestop 18:00 -m conntrack --ctstate DNAT --ctorigdst 10.0.0.1 -j REJECT --reject-with icmp-net-prohibited; echo rc=$?
iptables -t raw -D U2 -o eth+ -m length --length 64:1500 -m string --algo kmp --string abc -j RETURN; echo rc=$?
iptables -t nat -C PREROUTING ! -f -p udp --dport 53 -m physdev --physdev-in eth1 -m cpu --cpu 0 -j DROP; echo rc=$?
iptables -t filter -D INPUT -i eth0 -p 47 -j SNAT --to-source 1.1.1.1; echo rc=$?
iptables -t mangle -D INPUT -d 0.0.0.0/0 -m time --timestart 08:00 --timestop 18:00 -j REDIRECT --to-ports 8080; echo rc=$?
iptables -t raw -D OUTPUT -d 0.0.0.0/0 -p tcp --tcp-flags SYN,RST SYN -j TRACE; echo rc=$?
iptables -t mangle -D OUTPUT -d 0.0.0.0/0 -j NETMAP --to 10.9.0.0/16; echo rc=$?
iptables -t raw -C OUTPUT -d 0.0.0.0/0 -p tcp --tcp-flags SYN,RST SYN -j TRACE; echo rc=$?
iptables -t filter -C INPUT -i eth0 -p 47 -m conntrack --ctstate DNAT --ctorigdst 10.0.0.1 -m state --state INVALID -j MARK --set-mark 7; echo rc=$?
iptables -t nat -C OUTPUT -s 10.0.0.0/8 -p udplite -m limit --limit 10/s --limit-burst 20 -j TOS --set-tos 0x10; echo rc=$?
iptables -t filter -D OUTPUT -f -p 47 -j REJECT --reject-with icmp-net-prohibited; echo rc=$?
iptables -t mangle -D U2 ! -i lo -p all -m comment --comment "x y" -j MASQUERADE; echo rc=$?
iptables -t mangle -C INPUT -d 0.0.0.0/0 -p udp ! --dport 123 -m rpfilter -m mark ! --mark 5 -j AUDIT --type accept; echo rc=$?
iptables -t nat -C OUTPUT -s 10.1.0.0/255.255.0.0 -p all -m time --timestart 08:00 --timestop 18:00 -m multiport --dports 1,2,3 -j LOG; echo rc=$?
iptables -t nat -C POSTROUTING -o eth+ -p 47 -m multiport --dports 1,2,3 -j REDIRECT --to-ports 8080; echo rc=$?
iptables -t mangle -D INPUT -o eth+ -p 47 -j CONNMARK --save-mark; echo rc=$?
iptables -t mangle -D POSTROUTING -d 0.0.0.0/0 -p all -m ecn --ecn-ip-ect 1 -j DNAT --to-destination 10.0.0.2; echo rc=$?
iptables -t mangle -C INPUT -o eth+ -p 47 -j CONNMARK --save-mark; echo rc=$?
iptables -t raw -D PREROUTING ! -i lo -p udp -m statistic --mode nth --every 4 --packet 2 -m dscp --dscp 10 -j REJECT --reject-with tcp-reset; echo rc=$?
iptables -t filter -D INPUT -i eth0 -p 47 -m conntrack --ctstate DNAT --ctorigdst 10.0.0.1 -m state --state INVALID -j MARK --set-mark 7; echo rc=$?
iptables -t raw -D OUTPUT ! -i lo -j NETMAP --to 10.9.0.0/16; echo rc=$?
iptables -t raw -D OUTPUT -d 0.0.0.0/0 ! -p tcp -m socket -j SNAT --to-source 1.1.1.1; echo rc=$?
iptables -t mangle -C INPUT -o eth+ -p 47 -j CONNMARK --save-mark; echo rc=$?
iptables -t nat -C POSTROUTING -o eth+ -p 47 -m multiport --dports 1,2,3 -j REDIRECT --to-ports 8080; echo rc=$?
iptables -t mangle -C INPUT -i eth0 -p icmp ! --icmp-type any -m addrtype --dst-type LOCAL -j TRACE; echo rc=$?
iptables -t raw -C PREROUTING ! -i lo -p udp --sport 67:68 -j TCPMSS --set-mss 1300; echo rc=$?
iptables -t filter -C FORWARD -d 0.0.0.0/0 -p udplite -m tos --tos Minimize-Delay -m mark --mark 0x1/0xff -j SNAT --to-source 1.1.1.1; echo rc=$?
iptables -t nat -D U2 -s 10.0.0.0/8 ! -p tcp -m tos --tos Minimize-Delay -j RETURN; echo rc=$?
iptables -t mangle -D PREROUTING ! -i lo -p 47 -j MASQUERADE; echo rc=$?
iptables -t raw -D OUTPUT -s 10.0.0.0/8 -p udplite -m multiport --ports 80,443 -j NFLOG --nflog-group 3; echo rc=$?
iptables -t mangle -D U2 ! -i lo -p tcp --sport 1024:65535 -m limit --limit 3/min -j U2; echo rc=$?
iptables -t nat -D OUTPUT ! -f -p 47 -m ecn --ecn-ip-ect 1 -m connbytes --connbytes 10: --connbytes-dir original --connbytes-mode packets -j LOG --log-prefix "p: " --log-level 7 --log-uid; echo rc=$?
iptables -t mangle -C INPUT -i eth0 -p all -j LOG --log-prefix "p: " --log-level 7 --log-uid; echo rc=$?
iptables-save > /tmp/s
iptables-restore --test < /tmp/s; echo test=$?
for t in filter nat mangle raw; do iptables -t $t -F; iptables -t $t -X; done
iptables-restore < /tmp/s; echo rc=$?
iptables-save | grep -v '^#'
iptables -t nat -S
iptables -L -v -n

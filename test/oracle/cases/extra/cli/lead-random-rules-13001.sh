iptables -t filter -N U1
iptables -t filter -N U2
iptables -t nat -N U1
iptables -t nat -N U2
iptables -t mangle -N U1
iptables -t mangle -N U2
iptables -t raw -N U1
iptables -t raw -N U2
iptables -t nat -A PREROUTING -s 10.0.0.0/8 -p icmp -m limit --limit 10/s --limit-burst 20 -j REDIRECT --to-ports 8080
iptables -t nat -A U2 -o eth+ -p tcp ! --syn -m state --state INVALID -m conntrack ! --ctstate ESTABLISHED,RELATED -j REJECT --reject-with tcp-reset
iptables -t nat -A POSTROUTING -s 10.1.0.0/255.255.0.0 -p tcp -j DSCP --set-dscp 8
iptables -t raw -A OUTPUT -d 0.0.0.0/0 -p udplite -m dscp --dscp 10 -m statistic --mode random --probability 0.5 -j SNAT --to-source 1.1.1.1
iptables -t raw -A U1 -s 10.1.0.0/255.255.0.0 -m connbytes --connbytes 10: --connbytes-dir original --connbytes-mode packets -j SNAT --to-source 1.1.1.1
iptables -t mangle -A U1 -s 10.0.0.0/8 ! -p tcp -m tos --tos Minimize-Delay -j DROP
iptables -t raw -A OUTPUT ! -f -m tos --tos Minimize-Delay -j MARK --or-mark 0x10
iptables -t raw -A U2 -f -p 47 -m multiport --ports 80,443 -j NETMAP --to 10.9.0.0/16
iptables -t mangle -A U2 -i eth0 -p icmp -j REJECT
iptables -t filter -A U1 -d 0.0.0.0/0 ! -p tcp -j TCPMSS --set-mss 1300
iptables -t filter -A U2 -i eth0 -p sctp -m comment --comment "x y" -m owner --uid-owner 0 -j TEE --gateway 10.0.0.9
iptables -t filter -I U1 -f -p udplite -m conntrack --ctstate NEW -m conntrack --ctstate NEW -j TCPMSS --set-mss 1300
iptables -t mangle -A OUTPUT ! -i lo -p udp -j NFQUEUE --queue-num 2
iptables -t filter -A INPUT -f -p icmp -m conntrack ! --ctstate ESTABLISHED,RELATED -m rpfilter
iptables -t nat -A POSTROUTING -p 47 -m string --algo kmp --string abc -m mark --mark 0x1/0xff -j SNAT --to-source 1.1.1.1
iptables -t raw -I U2 -d 0.0.0.0/0 -j NFLOG --nflog-group 3
iptables -t nat -I OUTPUT -f -p 47
iptables -t raw -A OUTPUT -d 1.2.3.4/32 -p 47 -m comment --comment "x y" -j DSCP --set-dscp 8
iptables -t nat -A OUTPUT -i eth0 ! -p tcp -j CT --notrack
iptables -t mangle -A OUTPUT -f -p icmp -m pkttype --pkt-type broadcast -m recent --name a --set -j LOG
iptables -t raw -I U2 ! -i lo -p sctp -j NFQUEUE --queue-num 2
iptables -t raw -A U2 -f -p 47 -m conntrack --ctstate DNAT --ctorigdst 10.0.0.1 -j NFLOG --nflog-group 3
iptables -t raw -A PREROUTING ! -f -p all -m devgroup --dst-group 2 -j TEE --gateway 10.0.0.9
iptables -t mangle -A U1 -s 10.0.0.0/8 -p udplite -m hashlimit --hashlimit-upto 5/sec --hashlimit-name hl --hashlimit-mode srcip -j DROP
iptables -t filter -A U1 -d 0.0.0.0/0 -p tcp -j TRACE
iptables -t raw -A OUTPUT ! -f -p udp -m addrtype ! --src-type BROADCAST --limit-iface-in -j TOS --set-tos 0x10
iptables -t nat -A PREROUTING -s 10.0.0.0/8 -p 47 -j TOS --set-tos 0x10
iptables -t nat -A PREROUTING -f -p 47 -m statistic --mode random --probability 0.5 -j CT --notrack
iptables -t raw -I OUTPUT -d 0.0.0.0/0 -p udp -j NFLOG --nflog-group 3
iptables -t nat -A OUTPUT -o eth+ -p udplite -j NFLOG --nflog-group 3
iptables -t nat -A OUTPUT ! -f -p all -m recent --name a --set -m mark ! --mark 5 -j REJECT --reject-with icmp-net-prohibited
iptables -t raw -A U1 ! -s 192.168.1.1 -p tcp --tcp-flags SYN,RST SYN -j ACCEPT
iptables -t filter -A U1 -p udp -m ecn --ecn-ip-ect 1 -j CT --notrack
iptables -t raw -I OUTPUT -d 0.0.0.0/0 -p udplite -m statistic --mode nth --every 4 --packet 2 -j NETMAP --to 10.9.0.0/16
iptables -t nat -A U1 ! -f -m connlimit --connlimit-upto 4 -j TRACE
iptables -t raw -A OUTPUT -i eth0 -p udp -m statistic --mode nth --every 4 --packet 2 -j TEE --gateway 10.0.0.9
iptables -t mangle -A U1 -f -p udplite -j ACCEPT
iptables -t mangle -A U2 -s 10.1.0.0/255.255.0.0 -p 47 -m iprange --src-range 10.0.0.1-10.0.0.5 -j NFQUEUE --queue-num 2
iptables -t raw -I U2 ! -i lo ! -p tcp -m tos --tos Minimize-Delay -m quota --quota 5000 -j DSCP --set-dscp 8
iptables -t filter -A FORWARD -s 10.1.0.0/255.255.0.0 -p tcp --sport 6000: -m string --algo kmp --string abc -m limit --limit 10/s --limit-burst 20 -j REJECT
iptables -t mangle -A PREROUTING -d 0.0.0.0/0 -p udp -j DNAT --to-destination 10.0.0.2
iptables -t raw -A U2 -o eth+ -m length --length 64:1500 -m helper --helper ftp -j NFLOG --nflog-group 3
iptables -t nat -I U2 -f ! -p tcp -m tos --tos Minimize-Delay -j AUDIT --type accept
iptables -t raw -A U1 ! -s 192.168.1.1 ! -p tcp -m string --algo kmp --string abc -j DROP
iptables -t filter -A FORWARD -o eth+ -p all -m mark --mark 0x1/0xff -j CONNMARK --save-mark
iptables -t nat -A POSTROUTING -f -j AUDIT --type accept
iptables -t filter -I U1 ! -i lo -p 47 -m time --timestart 08:00 --timestop 18:00 -j REJECT --reject-with tcp-reset
iptables -t nat -I OUTPUT -d 0.0.0.0/0 -p udplite -m limit --limit 3/min -j LOG
iptables -t nat -A U2 -p sctp -j NETMAP --to 10.9.0.0/16
iptables -t mangle -A OUTPUT -s 10.0.0.0/8 -p udp ! --dport 123 -j AUDIT --type accept
iptables -t raw -A U2 -d 0.0.0.0/0 -p all -m mark ! --mark 5 -m addrtype ! --src-type BROADCAST --limit-iface-in -g U1
iptables -t mangle -I INPUT ! -i lo ! -p tcp -m mark ! --mark 5 -j NFQUEUE --queue-num 2
iptables -t filter -A OUTPUT -s 10.0.0.0/8 -p tcp --dport :1023 -m conntrack --ctstate DNAT --ctorigdst 10.0.0.1 -j MARK --set-mark 7
iptables -t mangle -I PREROUTING ! -s 192.168.1.1 -p udplite -j DNAT --to-destination 10.0.0.2
iptables -t mangle -A OUTPUT -s 10.1.0.0/255.255.0.0 -p udp ! --dport 123 -m helper --helper ftp -m state --state INVALID -j AUDIT --type accept
iptables -t raw -A U2 -d 1.2.3.4/32 -p all -m socket -m conntrack --ctstate DNAT --ctorigdst 10.0.0.1 -j DROP
iptables -t filter -A FORWARD -i eth0 -p 47 -j SNAT --to-source 1.1.1.1
iptables -t mangle -A U1 -i eth0 -p udplite -m physdev --physdev-in eth1 -j LOG --log-prefix "p: " --log-level 7 --log-uid
iptables -t raw -A U2 -f -p icmp --icmp-type timestamp-reply -m owner --uid-owner 0 -j REJECT --reject-with icmp-net-prohibited
iptables -t nat -A PREROUTING ! -f -p sctp -m conntrack --ctstate DNAT --ctorigdst 10.0.0.1
iptables -t nat -A U2 ! -f -p tcp --dport 22 -m helper --helper ftp -m mac --mac-source aa:bb:cc:dd:ee:ff -j MARK --set-mark 7
iptables -t raw -A U1 -d 0.0.0.0/0 -p sctp -m tos --tos Minimize-Delay -j NFQUEUE --queue-num 2
iptables -t nat -A OUTPUT -o eth+ -p udp -m limit --limit 10/s --limit-burst 20 -m mac --mac-source aa:bb:cc:dd:ee:ff -j RETURN
iptables -t mangle -A OUTPUT -s 10.1.0.0/255.255.0.0 ! -p tcp -m devgroup --dst-group 2 -m addrtype ! --src-type BROADCAST --limit-iface-in -j REDIRECT --to-ports 8080
iptables -t nat -I U2 ! -i lo -p 47 -j NFLOG --nflog-group 3
iptables -t filter -I INPUT -d 1.2.3.4/32 ! -p tcp -m ecn --ecn-ip-ect 1 -m devgroup --dst-group 2 -j TTL --ttl-dec 1
iptables -t mangle -A U1 -d 0.0.0.0/0 -p tcp --dport ssh -m quota --quota 5000
iptables -t nat -A U2 -d 1.2.3.4/32 -p udp ! --dport 123 -j TTL --ttl-dec 1
iptables -t raw -A U2 -d 1.2.3.4/32 -p icmp --icmp-type 8 -m cpu --cpu 0 -m connlimit --connlimit-upto 4 -j LOG --log-prefix "p: " --log-level 7 --log-uid
iptables -t raw -A U2 -d 0.0.0.0/0 -p udp -m comment --comment "x y" -m tos --tos Minimize-Delay
iptables -t nat -A U1 -s 10.0.0.0/8 -m realm --realm 3 -m ecn --ecn-ip-ect 1 -j MARK --set-mark 7
iptables -t mangle -A U2 -o eth+ -p udplite -m addrtype ! --src-type BROADCAST --limit-iface-in -m connmark --mark 0x10 -j CLASSIFY --set-class 1:2
iptables -t mangle -A U2 -d 1.2.3.4/32 -p udplite -j REJECT
iptables -t filter -I U2 -o eth+ -p sctp -m time --timestart 08:00 --timestop 18:00 -m dscp --dscp 10 -j CT --notrack
iptables -t mangle -A INPUT -i eth0 -p udplite -j TCPMSS --set-mss 1300
iptables -t filter -I INPUT -i eth0 -p all -m conntrack --ctstate DNAT --ctorigdst 10.0.0.1 -m addrtype ! --src-type BROADCAST --limit-iface-in -j RETURN
iptables -t nat -A PREROUTING ! -i lo -m devgroup --dst-group 2 -j DROP
iptables -t mangle -A PREROUTING -s 10.0.0.0/8 -p udp -m tos --tos Minimize-Delay -j CLASSIFY --set-class 1:2
iptables -t raw -I U1 -s 10.1.0.0/255.255.0.0 -p udplite -m addrtype --dst-type LOCAL -j SNAT --to-source 1.1.1.1
iptables -t raw -A U2 -d 0.0.0.0/0 -p icmp -j REDIRECT --to-ports 8080
iptables -t filter -A U1 ! -p tcp -j NFQUEUE --queue-num 2
iptables -t nat -A PREROUTING -o eth+ -p icmp --icmp-type echo-request -m rpfilter -j CT --notrack
iptables -t raw -A U1 ! -f ! -p tcp -m statistic --mode nth --every 4 --packet 2 -m conntrack --ctstate NEW -j NFQUEUE --queue-num 2
iptables -t mangle -A INPUT -f -p 47 -m iprange --src-range 10.0.0.1-10.0.0.5 -m limit --limit 10/s --limit-burst 20 -j NETMAP --to 10.9.0.0/16
iptables -t nat -A U2 -s 10.0.0.0/8 -p icmp --icmp-type 3/4 -m string --algo kmp --string abc -m connlimit --connlimit-upto 4 -j REJECT --reject-with icmp-net-prohibited
iptables -t raw -I U1 ! -i lo -p 47 -m addrtype --dst-type LOCAL -m pkttype --pkt-type broadcast -j AUDIT --type accept
iptables -t raw -A OUTPUT ! -f -p udp --dport domain -m realm --realm 3 -j RETURN
iptables -t filter -I U2 ! -p tcp -m physdev --physdev-in eth1 -j CLASSIFY --set-class 1:2
iptables -t nat -I POSTROUTING -s 10.0.0.0/8 -m conntrack --ctstate DNAT --ctorigdst 10.0.0.1 -j TRACE
iptables -t nat -I OUTPUT -d 1.2.3.4/32 -p udplite -m limit --limit 3/min -m limit --limit 10/s --limit-burst 20 -j NETMAP --to 10.9.0.0/16
iptables -t mangle -A PREROUTING -p sctp -j CONNMARK --save-mark
iptables -t raw -A U2 -o eth+ -m dscp --dscp 10 -j RETURN
iptables -t mangle -A POSTROUTING -f -p udp -m mark ! --mark 5 -j REDIRECT --to-ports 8080
iptables -t filter -A OUTPUT ! -s 192.168.1.1 -j MARK --or-mark 0x10
iptables -t raw -A U1 -f -p tcp --dport 22 -j REJECT --reject-with icmp-net-prohibited
iptables -t filter -A U1 ! -f ! -p tcp -m hashlimit --hashlimit-upto 5/sec --hashlimit-name hl --hashlimit-mode srcip -j REJECT --reject-with tcp-reset
iptables -t filter -A INPUT -o eth+ -p tcp --sport 1024:65535 -m time --timestart 08:00 --timestop 18:00 -m ecn --ecn-ip-ect 1 -j AUDIT --type accept
iptables -t mangle -A U2 -s 10.0.0.0/8 -p tcp --tcp-flags ALL SYN,ACK -j LOG --log-prefix "p: " --log-level 7 --log-uid
iptables -t raw -I OUTPUT -d 1.2.3.4/32 ! -p tcp -j NETMAP --to 10.9.0.0/16
iptables -t nat -A INPUT ! -f -p tcp -j REDIRECT --to-ports 8080
iptables -t raw -I PREROUTING -p udplite -m recent --name a --set -m statistic --mode random --probability 0.5 -j MARK --or-mark 0x10
iptables -t mangle -A OUTPUT -d 1.2.3.4/32 -p udp -m helper --helper ftp -j U2
iptables -t raw -A OUTPUT -s 10.0.0.0/8 -p all -m rpfilter -m ttl --ttl-lt 5 -j AUDIT --type accept
iptables -t filter -A U1 -s 10.0.0.0/8 -p udp --dport domain -j NETMAP --to 10.9.0.0/16
iptables -t mangle -A POSTROUTING -d 1.2.3.4/32 -p udplite -j DNAT --to-destination 10.0.0.2
iptables -t raw -A U2 ! -i lo -p icmp --icmp-type echo-request -m rpfilter -j DNAT --to-destination 10.0.0.2
iptables -t filter -A OUTPUT ! -i lo -m addrtype --dst-type LOCAL -j CONNMARK --save-mark
iptables -t mangle -I U2 -d 0.0.0.0/0 ! -p tcp -m addrtype ! --src-type BROADCAST --limit-iface-in -m tos --tos Minimize-Delay -j REJECT
iptables -t raw -I PREROUTING -d 1.2.3.4/32 -p udplite -m addrtype --dst-type LOCAL -m quota --quota 5000 -j DROP
iptables -t filter -I U1 -p sctp -j REDIRECT --to-ports 8080
iptables -t raw -A PREROUTING -f -m pkttype --pkt-type broadcast -j TTL --ttl-dec 1
iptables -t nat -A INPUT -s 10.1.0.0/255.255.0.0 -p udplite -m connmark --mark 0x10 -j U2
iptables -t filter -I U2 ! -s 192.168.1.1 -p icmp -m socket -j NETMAP --to 10.9.0.0/16
iptables -t mangle -I FORWARD -f -p sctp -m dscp --dscp 10 -m conntrack --ctstate NEW -g U1
iptables -t raw -A U2 -i eth0 -p udp --dport 53 -m mark ! --mark 5 -m addrtype --dst-type LOCAL -j DNAT --to-destination 10.0.0.2
iptables -t raw -A U1 -i eth0 -p udplite -j MARK --set-mark 7
iptables -t mangle -A OUTPUT -i eth0 -p icmp --icmp-type port-unreachable -m quota --quota 5000 -m physdev --physdev-in eth1 -j CT --notrack
iptables -t raw -A U2 -d 1.2.3.4/32 -p tcp -m connbytes --connbytes 10: --connbytes-dir original --connbytes-mode packets -m iprange --src-range 10.0.0.1-10.0.0.5 -j TCPMSS --set-mss 1300
iptables -t nat -A OUTPUT -d 0.0.0.0/0 -p icmp --icmp-type port-unreachable -j LOG --log-prefix "p: " --log-level 7 --log-uid
iptables -t raw -A PREROUTING ! -f -p all -j REJECT --reject-with icmp-net-prohibited
iptables -t filter -S
iptables -t filter -L -v
iptables -t filter -L -n --line-numbers
iptables -t filter -L -n -v -x
iptables -t nat -S
iptables -t nat -L -v
iptables -t nat -L -n --line-numbers
iptables -t nat -L -n -v -x
iptables -t mangle -S
iptables -t mangle -L -v
iptables -t mangle -L -n --line-numbers
iptables -t mangle -L -n -v -x
iptables -t raw -S
iptables -t raw -L -v
iptables -t raw -L -n --line-numbers
iptables -t raw -L -n -v -x
iptables-save | grep -v '^#'

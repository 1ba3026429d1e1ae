iptables-translate -A INPUT -m conntrack --ctstate DNAT -j ACCEPT
iptables-translate -A INPUT -m conntrack --ctstate NEW,ESTABLISHED,RELATED,INVALID,UNTRACKED,SNAT,DNAT -j ACCEPT
iptables-translate -A INPUT -m statistic --mode nth ! --every 4 --packet 0 -j ACCEPT
iptables-translate -A INPUT -m tcp --dport 22 -j ACCEPT
iptables-translate -t nat -A SVC -m statistic --mode random ! --probability 0.25 -j RETURN
iptables-translate -A C -s 3.3.3.3 -j DROP
iptables-translate -A FORWARD -i eth+ ! -o lo -j DROP
iptables-translate -A FORWARD -j STAGE
iptables-translate -A G -j RETURN
iptables-translate -A INPUT --bogus -j ACCEPT
iptables-translate -A INPUT -d 127.0.0.0/8 -j ACCEPT
iptables-translate -A INPUT -i averyverylongif -o x -s 192.168.100.200/32 -d 255.255.255.255 -p tcp --dport 65535 -j ACCEPT
iptables-translate -A INPUT -j
iptables-translate -A INPUT -j C1
iptables-translate -A INPUT -j FORWARD
iptables-translate -A INPUT -j LOG --log-prefix "IN: "
iptables-translate -A INPUT -j NOSUCHTARGET
iptables-translate -A INPUT -j TRACE
iptables-translate -A INPUT -m addrtype --src-type BROADCAST -j DROP
iptables-translate -A INPUT -m comment --comment single -j ACCEPT
iptables-translate -A INPUT -m conntrack --ctstate INVALID -j DROP
iptables-translate -A INPUT -m iprange --dst-range 192.168.1.100-192.168.1.200 -j ACCEPT
iptables-translate -A INPUT -m limit --limit 100/day -j ACCEPT
iptables-translate -A INPUT -m mark --mark 1 -j ACCEPT
iptables-translate -A INPUT -m state --state NEW -j ACCEPT
iptables-translate -A INPUT -m tcp -p tcp --sport 80 -j ACCEPT
iptables-translate -A INPUT -p all -j ACCEPT
iptables-translate -A INPUT -p icmp --icmp-type 8 -j ACCEPT
iptables-translate -A INPUT -p icmp --icmp-type time-exceeded -j ACCEPT
iptables-translate -A INPUT -p tcp ! --syn -j ACCEPT
iptables-translate -A INPUT -p tcp --dport 10 -j REJECT --reject-with tcp-rst
iptables-translate -A INPUT -p tcp --dport 22 -m conntrack --ctstate NEW -j ACCEPT
iptables-translate -A INPUT -p tcp --dport 4 -j REJECT --reject-with icmp-host-unreachable
iptables-translate -A INPUT -p tcp --dport 8 -j REJECT --reject-with icmp-host-prohibited
iptables-translate -A INPUT -p tcp --dport :1023 -j ACCEPT
iptables-translate -A INPUT -p tcp --goto CHECK
iptables-translate -A INPUT -p tcp --tcp-flags ALL NONE -j DROP
iptables-translate -A INPUT -p tcp -m multiport ! --dports 1:1023 -j ACCEPT
iptables-translate -A INPUT -p tcp -m multiport --dports http,https,ssh -j ACCEPT
iptables-translate -A INPUT -p udp -j REJECT --reject-with tcp-reset
iptables-translate -A INPUT -s 1.1.1.1,2.2.2.2 -j DROP
iptables-translate -A INPUT -s 10.0.0.1,10.0.0.2 -j ACCEPT
iptables-translate -A INPUT -s 2001:db8::/32 -j ACCEPT
iptables-translate -A N1 -j N2
iptables-translate -A OUTPUT -d 2.2.2.2 -j ACCEPT
iptables-translate -A OUTPUT -m addrtype --src-type LOCAL --limit-iface-out -j ACCEPT
iptables-translate -A WEB -p tcp --dport 443 -j ACCEPT
iptables-translate -I INPUT 0 -p tcp --dport 3 -j ACCEPT
iptables-translate -I NOPE -j ACCEPT
iptables-translate -t mangle -A FORWARD -j TCPMSS --set-mss 1400
iptables-translate -t mangle -A OUTPUT -j CONNMARK --restore-mark
iptables-translate -t mangle -A PREROUTING -j ACCEPT
iptables-translate -t nat -A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
iptables-translate -t nat -A INPUTT -j ACCEPT
iptables-translate -t nat -A OUTPUT -o lo -j RETURN
iptables-translate -t nat -A POSTROUTING -j MASQUERADE
iptables-translate -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables-translate -t nat -A POSTROUTING -p tcp -o eth0 -j MASQUERADE --to-ports 1024-65535
iptables-translate -t nat -A POSTROUTING -s 10.1.0.0/16 -j SNAT --to-source 203.0.113.9 --persistent
iptables-translate -t nat -A PREROUTING -j DNAT --to-destination 10.0.0.1:80
iptables-translate -t nat -A PREROUTING -o eth0 -j ACCEPT
iptables-translate -t nat -A PREROUTING -p tcp --dport 82 -j DNAT --to-destination 10.0.0.2-10.0.0.4
iptables-translate -t nat -A PREROUTING -p udp --dport 53 -j REDIRECT --to-ports 5353-5355
iptables-translate -t raw -A FORWARD -j ACCEPT
iptables-translate -t raw -A PREROUTING -p tcp --dport 80 -j TRACE

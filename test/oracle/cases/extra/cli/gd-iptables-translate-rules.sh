iptables-translate -P INPUT DROP; echo "rc=$?"
iptables-translate -A INPUT -s 1.1.1.1,2.2.2.2 -d 3.3.3.3,4.4.4.4 -j DROP
iptables-translate -A INPUT -p tcp -j ACCEPT
iptables-translate -A INPUT ! -p tcp -j ACCEPT
iptables-translate -A INPUT -p 47 -j ACCEPT
iptables-translate -A INPUT -p all -j ACCEPT
iptables-translate -A INPUT ! -i eth+ -j ACCEPT
iptables-translate -A INPUT -i eth+ -j ACCEPT
iptables-translate -A INPUT -p tcp ! --dport 22 -j ACCEPT
iptables-translate -A INPUT -p tcp --sport 1024:65535 --dport 22:23 -j ACCEPT
iptables-translate -A INPUT -p tcp --dport 1024: -j ACCEPT
iptables-translate -A INPUT -p tcp ! --sport 5:6 -j ACCEPT
iptables-translate -A INPUT -p udp --sport 67 --dport 68 -j ACCEPT
iptables-translate -A INPUT -p tcp --tcp-flags ALL NONE -j DROP
iptables-translate -A INPUT -p tcp --tcp-flags ALL ALL -j DROP
iptables-translate -A INPUT -p tcp ! --syn -j DROP
iptables-translate -A INPUT -p tcp --tcp-flags FIN,SYN,RST,PSH,ACK,URG FIN,PSH,URG -j DROP
iptables-translate -A INPUT -p tcp -m multiport --dports 22 -j ACCEPT
iptables-translate -A INPUT -p tcp -m multiport --sports 22,23 -j ACCEPT
iptables-translate -A INPUT -p tcp -m multiport --ports 22,23 -j ACCEPT
iptables-translate -A INPUT -p tcp -m multiport ! --dports 22,23 -j ACCEPT
iptables-translate -A INPUT -m conntrack --ctstate INVALID -j DROP
iptables-translate -A INPUT -m conntrack ! --ctstate NEW -j DROP
iptables-translate -A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
iptables-translate -A INPUT -p icmp --icmp-type 8 -j ACCEPT
iptables-translate -A INPUT -p icmp --icmp-type 3/4 -j ACCEPT
iptables-translate -A INPUT -p icmp --icmp-type any -j ACCEPT
iptables-translate -A INPUT -p icmp ! --icmp-type echo-reply -j ACCEPT
iptables-translate -A INPUT -p icmp -j ACCEPT
iptables-translate -A INPUT -m limit --limit 3/min -j LOG
iptables-translate -A INPUT -m limit --limit 10/s --limit-burst 20 -j ACCEPT
iptables-translate -A INPUT -m limit --limit 1/hour -j ACCEPT
iptables-translate -A INPUT -m limit --limit 2/day -j ACCEPT
iptables-translate -A INPUT -j LOG
iptables-translate -A INPUT -j LOG --log-level debug --log-prefix "DROP "
iptables-translate -A INPUT -j LOG --log-level 1
iptables-translate -A INPUT -j LOG --log-tcp-sequence --log-tcp-options --log-ip-options --log-uid
iptables-translate -A INPUT -j REJECT --reject-with icmp-port-unreachable
iptables-translate -A INPUT -j REJECT --reject-with icmp-net-unreachable
iptables-translate -A INPUT -j REJECT --reject-with icmp-admin-prohibited
iptables-translate -A INPUT -j REJECT --reject-with icmp-proto-unreachable
iptables-translate -A INPUT -p tcp --dport 22 -j REJECT --reject-with tcp-reset
iptables-translate -A INPUT -g MYCHAIN
iptables-translate -A INPUT -j RETURN
iptables-translate -A INPUT
iptables-translate -t nat -A POSTROUTING -o eth0 -j MASQUERADE --to-ports 1024-2048 --random
iptables-translate -t nat -A POSTROUTING -o eth0 -j MASQUERADE --random-fully
iptables-translate -t nat -A PREROUTING -p tcp --dport 80 -j REDIRECT --to-ports 3128
iptables-translate -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2
iptables-translate -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2-10.0.0.5:80-90
iptables-translate -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4:1000-2000 --random --persistent
iptables-translate -A INPUT -m mark --mark 0x1/0xff -j ACCEPT
iptables-translate -A INPUT -m mark ! --mark 0x1 -j ACCEPT
iptables-translate -t mangle -A PREROUTING -j MARK --set-xmark 0x1/0xff
iptables-translate -t mangle -A PREROUTING -j MARK --set-mark 0x1/0xff
iptables-translate -t mangle -A PREROUTING -j CONNMARK --save-mark
iptables-translate -t mangle -A PREROUTING -j CONNMARK --restore-mark
iptables-translate -t mangle -A PREROUTING -j CONNMARK --set-mark 5
iptables-translate -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables-translate -t raw -A PREROUTING -p tcp --dport 80 -j NOTRACK
iptables-translate -t raw -A PREROUTING -j CT --notrack
iptables-translate -t raw -A PREROUTING -j TRACE
iptables-translate -A INPUT -m mac --mac-source 00:11:22:33:44:55 -j ACCEPT
iptables-translate -A INPUT -m addrtype --dst-type LOCAL -j ACCEPT
iptables-translate -A OUTPUT -m owner --uid-owner 0 -j ACCEPT
iptables-translate -A INPUT -m length --length 1000:1500 -j ACCEPT
iptables-translate -A INPUT -m pkttype --pkt-type broadcast -j DROP
iptables-translate -A INPUT -m iprange --dst-range 1.1.1.1-1.1.1.5 -j DROP
iptables-translate -A INPUT -m comment --comment "a" -m comment --comment "b" -j DROP
iptables-translate -A INPUT -m ttl --ttl-lt 5 -j DROP
iptables-translate -A INPUT -m connlimit --connlimit-above 3 -j DROP
iptables-translate -A INPUT -m hashlimit --hashlimit-upto 5/s --hashlimit-name x -j ACCEPT
iptables-translate -D INPUT -p tcp --dport 22 -j ACCEPT
iptables-translate -D INPUT 3
iptables-translate -R INPUT 1 -j ACCEPT
iptables-translate -X MYCHAIN
iptables-translate -X
iptables-translate -F
iptables-translate -Z
iptables-translate -E A B
iptables-translate -S
iptables-translate -L INPUT
iptables-translate -C INPUT -j ACCEPT
iptables-translate -t nat -N FOO
iptables-translate -t nat -L
iptables-translate -A INPUT -j NOSUCH
iptables-translate -A INPUT -p tcp --dport 99999 -j ACCEPT
iptables-translate
iptables-translate -V

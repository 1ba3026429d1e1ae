iptables -v -A INPUT -p tcp -m conntrack --ctstate NEW -m tcp --dport 22 -j ACCEPT
iptables -v -A INPUT -i eth0 -o eth1 -s 10.0.0.0/8 -d 192.168.1.1 -p udp --sport 53 -j DROP
iptables -v -A INPUT -m comment --comment "hello world" -j LOG --log-prefix "x: " --log-level 6
iptables -v -A INPUT ! -s 1.2.3.4 ! -p icmp -f -j REJECT --reject-with icmp-host-prohibited
iptables -v -A INPUT -m multiport -p tcp --dports 80,443 -m limit --limit 5/min -j ACCEPT
iptables -v -N NEWC
iptables -v -A NEWC -j RETURN
iptables -v -A INPUT -g NEWC
iptables -v -I INPUT 2 -p icmp --icmp-type echo-request -j ACCEPT
iptables -v -R INPUT 1 -p tcp --syn -j ACCEPT
iptables -v -D INPUT 2
iptables -v -C INPUT -p tcp --syn -j ACCEPT
iptables -v -D INPUT -g NEWC
iptables -v -F NEWC
iptables -v -X NEWC
iptables -v -Z INPUT
iptables -v -P FORWARD DROP
iptables -v -t nat -A POSTROUTING -o eth0 -j MASQUERADE --to-ports 1000-2000 -p tcp
iptables -v -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.1:8080
iptables -v -t mangle -A PREROUTING -j MARK --set-xmark 0x4000/0x4000
iptables -v -t raw -A PREROUTING -j CT --notrack
iptables -vv -A INPUT -j ACCEPT | head -n 3
ip6tables -v -A INPUT -s 2001:db8::1,2001:db8::2 -d ::1 -p tcp --dport 22 -j ACCEPT
ip6tables -v -A INPUT -p ipv6-icmp --icmpv6-type echo-request -j ACCEPT
ip6tables -v -A INPUT -j REJECT --reject-with icmp6-adm-prohibited
iptables-legacy -v -A INPUT -s 1.1.1.1,2.2.2.2 -p tcp --dport 22 -j ACCEPT
iptables-legacy -v -N X
iptables-legacy -v -X X
iptables-legacy -v -F

iptables -A INPUT -p tcp -s 10.0.0.0/24 -i eth+ --dport 22 -j ACCEPT
iptables -C INPUT -p 6 -s 10.0.0.0/255.255.255.0 -i eth+ --dport 22 -j ACCEPT; echo rc=$?
iptables -C INPUT -p TCP -s 10.0.0.7/24 -i eth+ --dport ssh -j ACCEPT; echo rc=$?
iptables -C INPUT -p tcp -s 10.0.0.0/24 -i eth --dport 22 -j ACCEPT; echo rc=$?
iptables -C INPUT -p tcp -s 10.0.0.0/24 -i eth+ --dport 22:22 -j ACCEPT; echo rc=$?
iptables -C INPUT -p tcp -s 10.0.0.0/24 -i eth+ -m tcp --dport 22 -j ACCEPT; echo rc=$?
iptables -C INPUT -s 10.0.0.0/24 -p tcp -i eth+ --dport 22 -j ACCEPT; echo rc=$?
iptables -A INPUT -j DROP
iptables -C INPUT -p all -j DROP; echo rc=$?
iptables -C INPUT -p 0 -j DROP; echo rc=$?
iptables -C INPUT -s 0.0.0.0/0 -j DROP; echo rc=$?
iptables -C INPUT -s 0/0 -d 0.0.0.0/0.0.0.0 -j DROP; echo rc=$?
iptables -C INPUT -i + -j DROP; echo rc=$?
iptables -C INPUT -s 127.0.0.1 -j DROP; echo rc=$?
iptables -A INPUT -s 127.0.0.1 -j DROP
iptables -C INPUT -s localhost -j DROP; echo rc=$?
iptables -C INPUT -s 127.1 -j DROP; echo rc=$?
iptables -C INPUT -s 0x7f000001 -j DROP; echo rc=$?
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -C INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT; echo rc=$?
iptables -C INPUT -m state --state RELATED,ESTABLISHED -j ACCEPT; echo rc=$?
iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -C INPUT -p icmp --icmp-type 8 -j ACCEPT; echo rc=$?
iptables -C INPUT -p icmp --icmp-type 8/0 -j ACCEPT; echo rc=$?
iptables -C INPUT -p icmp --icmp-type ping -j ACCEPT; echo rc=$?
iptables -A INPUT -j REJECT
iptables -C INPUT -j REJECT --reject-with icmp-port-unreachable; echo rc=$?
iptables -C INPUT -j REJECT --reject-with port-unreach; echo rc=$?
iptables -A INPUT -j LOG
iptables -C INPUT -j LOG --log-level 4; echo rc=$?
iptables -C INPUT -j LOG --log-level warning; echo rc=$?
iptables -C INPUT -j LOG --log-prefix ""; echo rc=$?
iptables -A INPUT -m limit --limit 3/min -j ACCEPT
iptables -C INPUT -m limit --limit 3/minute --limit-burst 5 -j ACCEPT; echo rc=$?
iptables -C INPUT -m limit --limit 180/hour -j ACCEPT; echo rc=$?
iptables -C INPUT -m limit --limit 3/m -j ACCEPT; echo rc=$?
iptables -t mangle -A PREROUTING -j MARK --set-mark 5
iptables -t mangle -C PREROUTING -j MARK --set-xmark 5/0xffffffff; echo rc=$?
iptables -t mangle -C PREROUTING -j MARK --set-mark 0x5/0xffffffff; echo rc=$?
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4
iptables -t nat -C PREROUTING -p tcp -j DNAT --to 1.2.3.4; echo rc=$?
iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4-1.2.3.4; echo rc=$?
iptables -S

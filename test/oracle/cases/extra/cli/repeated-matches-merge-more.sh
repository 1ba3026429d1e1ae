iptables -A INPUT -p udp -m udp --dport 53 -m udp --sport 1000 -j ACCEPT
iptables -A INPUT -p tcp -m tcp --dport 22 -m tcp --dport 23 -j ACCEPT
iptables -A INPUT -p tcp -m tcp --syn -m tcp --dport 22 -j ACCEPT
iptables -A INPUT -p icmp -m icmp --icmp-type 8 -m icmp --icmp-type 0 -j ACCEPT
iptables -A INPUT -m mark --mark 1 -m mark --mark 2 -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -m comment --comment c -m tcp --sport 5 -j ACCEPT
iptables -A INPUT -m conntrack --ctstate NEW -m conntrack --ctstatus ASSURED -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n

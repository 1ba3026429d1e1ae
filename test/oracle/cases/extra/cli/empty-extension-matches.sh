iptables -A INPUT -p tcp -m tcp -j ACCEPT
iptables -A INPUT -p udp -m udp -j ACCEPT
iptables -A INPUT -p icmp -m icmp -j ACCEPT
iptables -A INPUT -p tcp --sport 0:65535 -j ACCEPT
iptables -A INPUT -p tcp --sport 0:65535 --dport 22 -j ACCEPT
iptables -A INPUT -o + -j ACCEPT
iptables -A INPUT -m comment --comment x -m tcp -p tcp -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
iptables -C INPUT -p tcp -j ACCEPT
iptables -C INPUT -p tcp -m tcp -j ACCEPT

iptables -C INPUT -j ACCEPT
iptables -C OUTPUT -s 10.0.0.1 -j DROP
iptables -I OUTPUT 2 -j ACCEPT
iptables -I OUTPUT 1 -j ACCEPT
iptables -L FORWARD 1
iptables -S FORWARD 1
iptables -L OUTPUT 1 -n

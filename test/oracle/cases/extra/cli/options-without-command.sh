iptables -n
iptables -v
iptables -s 10.0.0.1 -j ACCEPT
iptables -t nat
iptables --line-numbers
iptables -x -n

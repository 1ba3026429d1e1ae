iptables -A INPUT -s
iptables -A INPUT -j
iptables -A
iptables -I
iptables -t
iptables -A INPUT -m
iptables -A INPUT -m nosuchmatch -j ACCEPT
iptables -A INPUT --sport 22 -j ACCEPT
iptables -A INPUT -p tcp --dport 22 --dport 23 -j ACCEPT
iptables -A INPUT ! -j ACCEPT
iptables -A INPUT -s 10.0.0.1 ! -s 10.0.0.2 -j ACCEPT
iptables -A INPUT ! ! -s 10.0.0.1 -j ACCEPT
iptables -X INPUT
iptables -F NOPE
iptables -L NOPE
iptables -A INPUT -o eth0 -j ACCEPT
iptables -A OUTPUT -i eth0 -j ACCEPT
iptables -A PREROUTING -j ACCEPT
iptables -S

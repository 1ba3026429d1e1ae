iptables -A INPUT -i eth+ -j ACCEPT
iptables -A INPUT ! -i eth+ -j ACCEPT
iptables -A INPUT -i + -j ACCEPT
iptables -A FORWARD -i veth+ ! -o lo -j ACCEPT
iptables -A INPUT -i abcdefghijklmno -j ACCEPT
iptables -A INPUT -i abcdefghijklmnop -j ACCEPT
iptables -A OUTPUT ! -o eth0 -j ACCEPT
iptables -S
iptables -L -v -n

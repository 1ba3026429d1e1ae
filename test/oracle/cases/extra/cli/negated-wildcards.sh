iptables -A INPUT ! -s 0.0.0.0/0 -j ACCEPT
iptables -A INPUT ! -d 0/0 -j ACCEPT
iptables -A INPUT ! -i + -j ACCEPT
iptables -A INPUT -i + -j ACCEPT
iptables -A OUTPUT ! -o + -j ACCEPT
iptables -A INPUT -s 0.0.0.0/0 -d 0.0.0.0/0 -j ACCEPT
iptables -A INPUT ! -s 10.0.0.0/0 -j ACCEPT
iptables -S
iptables -L -n -v

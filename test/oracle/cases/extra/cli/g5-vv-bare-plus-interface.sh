iptables -vv -A INPUT -i +
iptables -vv -A OUTPUT -o + -j ACCEPT
iptables -vv -A FORWARD -i + -o eth0
iptables -vv -A FORWARD ! -i + -o +
iptables -vv -S

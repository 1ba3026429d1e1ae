iptables -t nat -A PREROUTING -p tcp --dport 443 -j REDIRECT --to-ports 8443
iptables -t nat -A PREROUTING -p tcp -d 127.0.0.1 --dport 22 -j DNAT --to-destination 127.0.0.1:2222
iptables -t nat -A POSTROUTING -s 10.0.0.0/8 ! -d 10.0.0.0/8 -j MASQUERADE
iptables -t nat -L
iptables -t nat -L -n --line-numbers
iptables -t nat -L PREROUTING -v

iptables -t nat -A POSTROUTING -j MASQUERADE
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1024-65535
iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 5000
iptables -t nat -A POSTROUTING -j MASQUERADE --random
iptables -t nat -A POSTROUTING -j MASQUERADE --random-fully
iptables -t nat -A POSTROUTING -j MASQUERADE --to-ports 1000
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 3128
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 3128-3130 --random
iptables -t nat -A OUTPUT -p tcp -j REDIRECT
iptables -t nat -A PREROUTING -j REDIRECT --to-ports 80
iptables -t nat -A INPUT -j MASQUERADE
iptables -t nat -A OUTPUT -j SNAT --to-source 1.1.1.1
iptables -t nat -A POSTROUTING -j DNAT --to-destination 1.1.1.1
iptables -t nat -S
iptables -t nat -L -n

ip6tables -t nat -A POSTROUTING -o eth1 -j MASQUERADE
ip6tables -t nat -A PREROUTING -d 2001:DB8:0:0:cf04:0:0:1669 -p tcp -m tcp --dport 8080 -j DNAT --to-destination :326
ip6tables -t nat -I PREROUTING -j DNAT --to-destination :632
ip6tables -t nat -A OUTPUT -p udp --dport 53 -j REDIRECT --to-ports 6705
ip6tables -t nat -A POSTROUTING -s fde1::/8 -o eth+ -j MASQUERADE --random
ip6tables -t nat -A POSTROUTING -s 2001:db8::/ffff:ffff:ffff:: -o eth+ -j MASQUERADE
ip6tables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.5
ip6tables -t nat -A OUTPUT -j REDIRECT --to-ports 465
ip6tables -t nat -A PREROUTING -p udp --dport 53 -j DNAT --to-destination 10.0.0.2
ip6tables -t nat -A PREROUTING -j DNAT --to-destination 10.0.0.2
ip6tables -t nat -A OUTPUT -j REDIRECT --to-ports 8485
ip6tables -t nat -A PREROUTING -p udp --dport 53 -j DNAT --to-destination :70
ip6tables -t nat -A OUTPUT -j REDIRECT --to-ports 3932
ip6tables -t nat -A POSTROUTING -o br0 -j MASQUERADE --random
ip6tables -t nat -S
ip6tables -t nat -L -n -v
ip6tables-save -t nat
ip6tables -t nat -F
ip6tables -t nat -L -n

ip6tables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ip6tables -t nat -A POSTROUTING -o eth0 -p tcp -j MASQUERADE --to-ports 1024-2048 --random
ip6tables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination [2001:db8::1]:8080
ip6tables -t nat -A PREROUTING -p tcp --dport 81 -j DNAT --to-destination [2001:db8::1-2001:db8::5]:8080-8090
ip6tables -t nat -A PREROUTING -p tcp --dport 82 -j DNAT --to-destination 2001:db8::1-2001:db8::5
ip6tables -t nat -A PREROUTING -p tcp --dport 83 -j DNAT --to-destination fd00::10
ip6tables -t nat -A PREROUTING -p tcp --dport 84 -j DNAT --to-destination [fd00::10]
ip6tables -t nat -A PREROUTING -p tcp --dport 85 -j DNAT --to-destination []:8085
ip6tables -t nat -A PREROUTING -p tcp --dport 86 -j DNAT --to-destination :8086
ip6tables -t nat -A PREROUTING -p tcp --dport 81 -j REDIRECT --to-ports 8080
ip6tables -t nat -A POSTROUTING -s fd00::/8 -j SNAT --to-source 2001:db8::1
ip6tables -t nat -A POSTROUTING -s fd00::/8 -p udp -j SNAT --to-source [2001:db8::1]:1000-2000 --persistent
ip6tables -t nat -A PREROUTING -d 2001:db8::1 -j DNAT --to-destination 10.0.0.1
ip6tables -t nat -A PREROUTING -j DNAT --to-destination [2001:db8::1
ip6tables -t nat -A PREROUTING -j DNAT --to-destination [2001:db8::x]:80
ip6tables -t nat -A PREROUTING -j DNAT --to-destination 2001:db8::1-zz
ip6tables -t nat -A PREROUTING -j DNAT --to-destination [2001:db8::1]:80
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination [2001:db8::1]:99999
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination [2001:db8::1]:80/90
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination [10.0.0.1]:80
ip6tables -t nat -S
ip6tables -t nat -L -n
ip6tables -t nat -L
ip6tables-save -t nat
ip6tables -t nat -L -n -v

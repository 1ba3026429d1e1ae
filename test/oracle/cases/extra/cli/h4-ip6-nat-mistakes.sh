# ip6 nat mistakes: wrong chain, bad addresses and ranges, policies
ip6tables -t nat -A INPUT -p tcp --dport 80 -j DNAT --to-destination [fd00::1]:8080
ip6tables -t nat -A POSTROUTING -p tcp -j DNAT --to-destination [fd00::1]:8080
ip6tables -t nat -A PREROUTING -j SNAT --to-source fd00::1
ip6tables -t nat -A PREROUTING -j MASQUERADE
ip6tables -t nat -A OUTPUT -p tcp -j REDIRECT --to-ports 8080
ip6tables -t nat -A OUTPUT -p tcp --dport 80 -j DNAT --to-destination [::1]:8080
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination [fd00::1]:80-70
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination [fd00::1]:0
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination [fd00::1]:65536
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination fd00::2-fd00::1
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination [fd00::1
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination fd00::zz
ip6tables -t nat -A PREROUTING -j DNAT --to-destination [fd00::1]:80
ip6tables -t nat -A PREROUTING -p udp -j DNAT --to-destination [fd00::1]:80/90
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination [fd00::1]:80-90/85
ip6tables -t nat -A PREROUTING -p tcp -j DNAT
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination [fd00::1]:80 --to-destination [fd00::2]:80
ip6tables -t nat -A POSTROUTING -j MASQUERADE --to-ports 80
ip6tables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 80-70
ip6tables -t nat -A POSTROUTING -p tcp -j MASQUERADE --random-fully --random
ip6tables -t nat -A POSTROUTING -j NETMAP --to fd00::/64
ip6tables -t nat -A POSTROUTING -j NETMAP --to 10.0.0.0/8
ip6tables -t nat -A POSTROUTING -j NETMAP
ip6tables -t mangle -A POSTROUTING -j DNPT --src-pfx 2001:db8::/64 --dst-pfx fd00::/64
ip6tables -t mangle -A PREROUTING -j SNPT --src-pfx fd00::/64 --dst-pfx 2001:db8::/64
ip6tables -t mangle -A PREROUTING -j DNPT --src-pfx 2001:db8::/64 --dst-pfx fd00::/48
ip6tables -t mangle -A PREROUTING -j DNPT --src-pfx 2001:db8::/64
ip6tables -t mangle -A PREROUTING -j DNPT --src-pfx 2001:db8::1/129 --dst-pfx fd00::/64
ip6tables -t nat -P PREROUTING DROP
ip6tables -t nat -P POSTROUTING ACCEPT
ip6tables -t nat -N DOCKER
ip6tables -t nat -A DOCKER -j DNAT --to-destination [fd00::1]:80
ip6tables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
ip6tables -t nat -S
ip6tables -t mangle -S
ip6tables -t nat -L -n --line-numbers

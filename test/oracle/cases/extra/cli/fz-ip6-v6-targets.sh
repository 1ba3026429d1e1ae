ip6tables -t nat -A PREROUTING -d 2001:db8:1::/64 -j NETMAP --to 2001:db8:2::/64
ip6tables -t nat -A POSTROUTING -s fd00::/64 -j NETMAP --to 2001:db8::/64
ip6tables -t nat -A PREROUTING -j NETMAP --to 10.0.0.0/24
ip6tables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 8080 --on-ip 2001:db8::1 --tproxy-mark 0x1/0x1
ip6tables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 8080
ip6tables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 8080 --on-ip 10.0.0.1
ip6tables -t mangle -A PREROUTING -j TEE --gateway 2001:db8::1
ip6tables -t mangle -A PREROUTING -j TEE --gateway 10.0.0.1
ip6tables -t mangle -A POSTROUTING -o eth0 -j SNPT --src-pfx fd00::/64 --dst-pfx 2001:db8::/64
ip6tables -t mangle -A PREROUTING -i eth0 -j DNPT --src-pfx 2001:db8::/64 --dst-pfx fd00::/64
ip6tables -A INPUT -p mh -m mh --mh-type binding-update -j ACCEPT
ip6tables -A INPUT -p mh -m mh ! --mh-type 1:4 -j ACCEPT
ip6tables -A INPUT -p mh -m mh --mh-type bu -j ACCEPT
ip6tables -A INPUT -m mh --mh-type 5 -j ACCEPT
ip6tables -A INPUT -p ipv6-mh -m mh -j ACCEPT
ip6tables -A INPUT -p mh --mh-type home-test -j ACCEPT
ip6tables -t nat -S
ip6tables -t mangle -S
ip6tables -S
ip6tables -t nat -L -n
ip6tables -t mangle -L -n
ip6tables -L -n
ip6tables -L
ip6tables -m mh -h | sed -n '/^mh/,$ p'
ip6tables -t mangle -A POSTROUTING -j SNPT --src-pfx fd00::1/64 --dst-pfx 2001:db8::/64
ip6tables -t mangle -A POSTROUTING -j SNPT --src-pfx fd00::/48
ip6tables -t mangle -A POSTROUTING -j SNPT --src-pfx fd00:: --dst-pfx 2001:db8::
ip6tables -t mangle -A PREROUTING -j SNPT --src-pfx fd00::/64 --dst-pfx 2001:db8::/64
ip6tables -t mangle -A INPUT -j SNPT --src-pfx fd00::/64 --dst-pfx 2001:db8::/64
ip6tables -t mangle -A OUTPUT -j DNPT --src-pfx 2001:db8::/64 --dst-pfx fd00::/64
ip6tables -t mangle -A POSTROUTING -j DNPT --src-pfx 2001:db8::/64 --dst-pfx fd00::/64
ip6tables -A INPUT -j SNPT --src-pfx fd00::/64 --dst-pfx 2001:db8::/64
ip6tables -t mangle -A POSTROUTING -j SNPT --src-pfx 10.0.0.0/8 --dst-pfx 2001:db8::/64
ip6tables -t mangle -A POSTROUTING -j SNPT --src-pfx fd00::/129 --dst-pfx 2001:db8::/64
ip6tables -t mangle -S
ip6tables -t mangle -L

# ip6 nat as a home router does it: MASQUERADE, DNAT to [addr]:port, NPTv6 SNPT/DNPT
ip6tables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ip6tables -t nat -A POSTROUTING -s fd00::/64 -o eth0 -j MASQUERADE --to-ports 1024-65535
ip6tables -t nat -A PREROUTING -i eth0 -p tcp --dport 80 -j DNAT --to-destination [fd00::10]:8080
ip6tables -t nat -A PREROUTING -i eth0 -p tcp --dport 443 -j DNAT --to-destination fd00::10
ip6tables -t nat -A PREROUTING -p tcp --dport 2222 -j DNAT --to-destination [fd00::20]:22
ip6tables -t nat -A PREROUTING -p udp --dport 5000:5010 -j DNAT --to-destination [fd00::30-fd00::31]:6000-6010
ip6tables -t nat -A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination fd00::10:8080
ip6tables -t nat -A PREROUTING -p tcp --dport 8081 -j DNAT --to-destination [fd00::10]
ip6tables -t nat -A PREROUTING -p tcp --dport 8082 -j DNAT --to-destination [fd00::10]:
ip6tables -t nat -A PREROUTING -j DNAT --to-destination [fd00::10]:80
ip6tables -t nat -A POSTROUTING -s fd00::/64 -j SNAT --to-source 2001:db8::1
ip6tables -t nat -A POSTROUTING -s fd00::/64 -p udp -j SNAT --to-source [2001:db8::1]:1000-2000 --random
ip6tables -t nat -A PREROUTING -p tcp --dport 25 -j REDIRECT --to-ports 2525
ip6tables -t nat -A PREROUTING -d 2001:db8:1::/64 -j NETMAP --to fd00:1::/64
ip6tables -t mangle -A POSTROUTING -s fd00:1::/64 -o eth0 -j SNPT --src-pfx fd00:1::/64 --dst-pfx 2001:db8:1::/64
ip6tables -t mangle -A PREROUTING -d 2001:db8:1::/64 -i eth0 -j DNPT --src-pfx 2001:db8:1::/64 --dst-pfx fd00:1::/64
ip6tables -t nat -A POSTROUTING -j SNPT --src-pfx fd00:1::/64 --dst-pfx 2001:db8:1::/64
ip6tables -t mangle -A POSTROUTING -j SNPT --src-pfx fd00:1::/64
ip6tables -t mangle -A INPUT -j DNPT --src-pfx 2001:db8:1::/64 --dst-pfx fd00:1::/64
ip6tables -t nat -A POSTROUTING -j SNAT --to-source 192.0.2.1
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:80
ip6tables -t nat -S
ip6tables -t nat -L -n
ip6tables -t nat -L -n -v
ip6tables -t mangle -S
ip6tables -t mangle -L -n
ip6tables-save -t nat

# --hmark-src/dst-prefix with a dot is a mask read by getaddrinfo: inet_aton forms ("2.5" is 2.0.0.5), non-contiguous masks list as 32
iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-rnd 1 --hmark-src-prefix 2.5
iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-rnd 1 --hmark-src-prefix 255.255.255.0
iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-rnd 1 --hmark-dst-prefix 255.0.255.0
iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-rnd 1 --hmark-dst-prefix 0x10.1
iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-rnd 1 --hmark-dst-prefix 255.255.255.255
iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-rnd 1 --hmark-dst-prefix 1.2.3.4.5
iptables -t mangle -S PREROUTING
iptables -t mangle -L PREROUTING -n
ip6tables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-rnd 1 --hmark-src-prefix ffff:ffff::
ip6tables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-rnd 1 --hmark-src-prefix ff00::ff
ip6tables -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-rnd 1 --hmark-src-prefix 255.255.0.0
ip6tables -t mangle -S PREROUTING
iptables-legacy -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-rnd 1 --hmark-src-prefix 255.0.255.0
iptables-legacy -t mangle -S PREROUTING
iptables -t mangle -C PREROUTING -j HMARK --hmark-mod 2 --hmark-rnd 1 --hmark-src-prefix 255.255.255.255
iptables -t mangle -D PREROUTING -j HMARK --hmark-mod 2 --hmark-rnd 1 --hmark-src-prefix 0377.0xff.65280
iptables -t mangle -S PREROUTING

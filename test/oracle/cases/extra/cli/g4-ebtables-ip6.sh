# ebtables-nft: the ip6 match (addresses with prefix or mask, tclass, proto names, port ranges), its errors and its need for -p IPv6
ebtables -A INPUT -p IPv6 --ip6-src 2001:db8::1 --ip6-dst ! fe80::/10 -j ACCEPT; echo rc=$?
ebtables -A INPUT -p IPv6 --ip6-proto tcp --ip6-dport 443 --ip6-sport ! 1024:65535 --ip6-tclass 0x20 -j ACCEPT; echo rc=$?
ebtables -A INPUT -p IPv6 --ip6-src 2001:DB8:0:0::5/64 --ip6-proto ipv6-icmp -j DROP; echo rc=$?
ebtables -A INPUT -p IPv6 --ip6-src ::/0 --ip6-proto 0 -j DROP; echo rc=$?
ebtables -A INPUT --ip6-src ::1 -j DROP; echo rc=$?
ebtables -A INPUT -p IPv6 --ip6-dport 80 -j DROP; echo rc=$?
ebtables -A INPUT -p IPv6 --ip6-src 2001:db8::zz -j DROP; echo rc=$?
ebtables -A INPUT -p IPv6 --ip6-src 2001:db8::/129 -j DROP; echo rc=$?
ebtables -A INPUT -p IPv6 --ip6-tclass 256 -j DROP; echo rc=$?
ebtables -A INPUT -p IPv6 --ip6-proto foo -j DROP; echo rc=$?
ebtables -A INPUT -p IPv6 --ip6-src ffff:ffff::/ffff:0:ffff:: --ip6-proto udp --ip6-dport 53 -j ACCEPT; echo rc=$?
ebtables -L INPUT
ebtables-save | grep ip6

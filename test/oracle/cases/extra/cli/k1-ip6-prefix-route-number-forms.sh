ip -6 addr add 2001:db8::1/0x40 dev lo
ip -6 addr add 2001:db8:1::1/064 dev lo
ip -6 addr add 2001:DB8:2::1/ffff:ffff:ffff:ffff:: dev lo
ip -6 addr add 2001:db8:3::1/129 dev lo
ip -6 addr add ::ffff:1.2.3.4/128 dev lo
ip -6 addr show dev lo scope global
ip -6 route add 2001:db8:9::/0x30 dev lo
ip -6 route add 2001:db8:a::/48 dev lo metric 0x10
ip -6 route add 2001:db8:b::/48 dev lo table 0x100
ip -6 route add 2001:db8:c::/48 dev lo table 0
ip -6 route add 2001:db8:d::/48 dev lo mtu 65536
ip -6 route add 2001:db8:e::/48 dev lo mtu 0
ip -6 route show dev lo | grep 2001
ip -6 route show table all | grep "table 256"

ip addr add fd00::1/64 dev lo
ip -6 addr add 2001:db8::1/64 dev lo
ip -6 addr add 2001:db8::1/64 dev lo
ip -6 addr show dev lo
ip -6 addr show
ip addr show lo
ip -br addr
ip -o addr
ip -o -6 addr
ip -j addr show lo
ip -6 route
ip -6 route show table local
ip -6 addr add 2001:db8:1::1/64 dev lo nodad
ip -6 addr add 2001:db8:2::1/48 dev lo scope link
ip -6 addr add 2001:db8:3::1 dev lo
ip -6 addr show lo
ip -6 route
ip -6 addr del 2001:db8::1/64 dev lo
ip -6 addr del 2001:db8::1/64 dev lo
ip -6 addr del 2001:db8:3::1 dev lo
ip -6 addr add 2001:db8::1/129 dev lo
ip -6 addr add 2001:db8::zz/64 dev lo
ip -6 addr add 10.0.0.1/24 dev lo
ip -4 addr add fd00::5/64 dev lo
ip addr add fd00::1/64 dev nosuch
ip -6 addr show lo
ip -6 route
ip -6 route show table local

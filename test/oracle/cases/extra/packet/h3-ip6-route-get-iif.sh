# ip -6 route get as a router sees forwarded packets: iif lookups (no source chosen, iif before pref, JSON too), local answers, unreachable and bad devices
ip netns add cli
ip netns add srv
ip link add vcli type veth peer name eth0 netns cli
ip link add vsrv type veth peer name eth0 netns srv
ip link set vcli up
ip link set vsrv up
ip -n cli link set lo up
ip -n srv link set lo up
ip -n cli link set eth0 up
ip -n srv link set eth0 up
ip -6 addr add 2001:db8:1::1/64 dev vcli nodad
ip -6 addr add 2001:db8:2::1/64 dev vsrv nodad
ip -n cli -6 addr add 2001:db8:1::2/64 dev eth0 nodad
ip -n srv -6 addr add 2001:db8:2::2/64 dev eth0 nodad
ip -n cli -6 route add default via 2001:db8:1::1
ip -n srv -6 route add default via 2001:db8:2::1
sleep 3
ip -6 route get 2001:db8:2::2 from 2001:db8:1::2 iif vcli
ip -6 route get 2001:db8:2::2 iif vcli
ip -6 route get 2001:db8:1::1 from 2001:db8:1::2 iif vcli
ip -6 route get 2001:db8:9::9 from 2001:db8:1::2 iif vcli
sysctl -qw net.ipv6.conf.all.forwarding=1
ip -6 route get 2001:db8:2::2 from 2001:db8:1::2 iif vcli
ip -6 route get 2001:db8:2::2 iif vcli
ip -6 route get 2001:db8:1::1 from 2001:db8:1::2 iif vcli
ip -6 route get 2001:db8:2::1 from 2001:db8:1::2 iif vcli
ip -6 route get 2001:db8:9::9 from 2001:db8:1::2 iif vcli
ip -6 route get to 2001:db8:2::2 from 2001:db8:1::2 iif vcli oif vsrv
ip -6 route get 2001:db8:2::2 from 2001:db8:1::2 iif nosuch
ip -n srv -6 route get 2001:db8:1::2 from 2001:db8:2::1 iif eth0
ip -j -6 route get 2001:db8:2::2 from 2001:db8:1::2 iif vcli
ip -6 route get 2001:db8:2::2 from 2001:db8:1::2 iif lo
ip -6 route add 2001:db8:5::/64 dev vcli iif vsrv
ip -6 route get 2001:db8:5::1 iif vsrv

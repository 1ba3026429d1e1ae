ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip -6 addr add 2001:db8::1/64 dev veth0 nodad
ip -6 addr add 2001:db8:1::1/64 dev veth0 nodad noprefixroute
ip -6 route add 2001:db8:5::/48 via 2001:db8::fe metric 20 proto static
ip -6 route add 2001:db8:6::/48 dev veth0 mtu 1400
ip -6 route add blackhole 2001:db8:7::/48
ip -6 route add 2001:db8:8::/48 via 2001:db8::fe table 60
ip -6 route show proto static
ip -6 route show type blackhole
ip -6 route show metric 20
ip -6 route show via 2001:db8::fe
ip -6 route show table 60
ip -6 route show root 2001:db8::/32 | grep -v fe80
ip -6 route show match 2001:db8:5::1
ip -6 route show exact 2001:db8:5::/48
ip -6 route show 2001:db8:6::/48
ip -j -6 route show 2001:db8:6::/48
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:db8:5::1
ip -6 -j route get 2001:db8:6::1
ip -6 addr show noprefixroute
ip -6 addr show nodad
ip -6 addr show scope global
ip -6 -br addr show dev veth0 | sed "s/fe80[^ ]*/LL/"
ip -6 route flush proto static
ip -6 route show dev veth0 | grep -v fe80
ip -6 route del 2001:db8:7::/48
ip -6 route show type blackhole
ip -6 route show proto bogus

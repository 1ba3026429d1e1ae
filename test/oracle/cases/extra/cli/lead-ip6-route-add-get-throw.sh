ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip -6 addr add 2001:db8::1/64 dev veth0 nodad
ip -6 route add 2001:db8:1::/48 via 2001:db8::fe
ip -6 route add 2001:db8:1::/48 via 2001:db8::fe
ip -6 route add 2001:db8:2::/48 via 2001:db9::fe
ip -6 route add 2001:db8:3::/48 dev nosuch
ip -6 route add 2001:db8:4::/48 via fe80::1 dev veth0
ip -6 route add 2001:db8:5::/48 via fe80::1
ip -6 route add ::/0 via 2001:db8::fe metric 1024
ip -6 route add default via 2001:db8::fd metric 100
ip -6 route add 2001:db8:6::/48 nexthop via 2001:db8::fa nexthop via 2001:db8::fb weight 3
ip -6 route add unreachable 2001:db8:7::/48
ip -6 route add throw 2001:db8:8::/48
ip -6 route add local 2001:db8:9::1 dev veth0
ip -6 route | grep -v fe80
ip -6 route del 2001:db8:1::/48
ip -6 route del 2001:db8:1::/48
ip -6 route replace 2001:db8:4::/48 via fe80::2 dev veth0 metric 5
ip -6 route change 2001:db8:4::/48 via fe80::3 dev veth0
ip -6 route append 2001:db8:4::/48 via fe80::4 dev veth0
ip -6 route show 2001:db8:4::/48
ip -6 route get 2001:db8:7::1
ip -6 route get 2001:db8:8::1
ip -6 route get ::ffff:1.2.3.4

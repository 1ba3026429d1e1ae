ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ip route add 192.168.1.0/24 via 10.0.0.254 proto static metric 10
ip route add 192.168.2.0/24 dev veth0 scope link proto 99
ip route add blackhole 192.168.3.0/24 proto bird
ip route add 192.168.4.0/24 via 10.0.0.254 table 50
ip route show proto static
ip route show proto kernel
ip route show proto 99
ip route show proto openr
ip route show scope link
ip route show scope global
ip route show type blackhole
ip route show type unicast
ip route show via 10.0.0.254
ip route show src 10.0.0.1
ip route show metric 10
ip route show dev veth0
ip route show dev veth1
ip route show table all type blackhole
ip route show table 50
ip route show table all proto static
ip route show root 192.168.0.0/16
ip route show match 192.168.1.77
ip route show exact 192.168.1.0/24
ip route show exact 192.168.1.0/25
ip route show 192.168.1.0/24
ip route show cached
ip route show table all dev veth0 | sort
ip route show proto bogusproto
ip route show type bogus
ip route show scope bogus
ip route list table main proto static metric 10 via 10.0.0.254
ip route show tos 0x10
ip route show from 10.0.0.0/8
ip -4 route show table local dev veth0
ip route flush proto static
ip route
ip route flush table 50
ip route show table 50
ip -s route flush dev veth0
ip route
ip route show cache
ip route show clo
ip -s route flush table 50
ip route flush proto boot
ip route show type

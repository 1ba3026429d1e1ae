ip link add v0 type veth peer name v0p
ip link set v0 up
ip link set v0p up
ip addr add 10.0.0.1/24 dev v0
ip route add 1.2.3.0/24 x dev v0
ip route add 1.2.3.0/24 l dev v0
ip route add l 1.2.3.0/24 dev v0
ip route add 1.2.3.0/24 dev v0 foo
ip route add foo
ip route add
ip route add via 10.0.0.2
ip route add 1.2.3.0/24 via
ip route add 1.2.3.0/24 via 10.0.0.2 via 10.0.0.3
ip route add 1.2.3.0/24 via 10.0.0.300
ip route add 1.2.3.0/24 via 10.0.0.0/24
ip route add 1.2.3.0/24 src 10.0.0.300 dev v0
ip route add 1.2.3.0/24 dev v0 metric abc
ip route add 1.2.3.0/24 dev v0 metric -1
ip route add 1.2.3.0/24 dev v0 table abc
ip route add 1.2.3.0/24 dev v0 scope abc
ip route add 1.2.3.0/24 dev v0 proto abc
ip route add 1.2.3.0/24 dev v0 mtu abc
ip route add 1.2.3.0/24 dev v0 mtu 1400
ip route add 1.2.4.0/24 dev v0 mtu lock 1400 advmss 1300
ip route add 1.2.5.0/24 dev v0 proto static
ip route add 1.2.6.0/24 dev v0 proto 99
ip route add 1.2.7.0/24 dev v0 scope host
ip route add 1.2.8.0/24 dev v0 scope 200
ip route add 1.2.9.0/24 dev v0 realm 5
ip route add 1.2.10.0/24 dev v0 tos 0x10
ip route add 1.2.11.0/24 dev v0 initcwnd 10
ip route add 1.2.12.0/24 dev v0 pref high
ip route add 1.2.13.0/24 dev v0 metr 7
ip route add 1.2.14.0/24 dev v0 prio 8
ip route add 1.2.15.0/24 dev v0 t 100
ip route add 1.2.16.0/24 dev v0 type unicast
ip route add unicast 1.2.17.0/24 dev v0
ip route add throw 1.2.18.0/24
ip route add nat 1.2.19.0/24 via 10.0.0.5
ip route add 1.2.3.4/24 dev v0
ip route add 1.2.20.0/24 dev v0 src 10.0.0.9
ip route add 1.2.21.0/24 dev v0 src 10.0.0.1
ip route add 1.2.22.0/24 via 10.0.0.1
ip route add 1.2.23.0/24 via 10.0.0.2 dev lo
ip route add 1.2.24.0/24 dev v0 onlink
ip route add 1.2.25.0/24 dev v0 expires 100
ip route add 1.2.26.0 dev v0
ip route add 1.2 dev v0
ip route add 1.2.27.0/24 dev v0 dev lo
ip route
ip route show table all type throw
ip route del 1.2.3.0/24 dev lo
ip route del 1.2.3.0/24 via 10.0.0.9
ip route del 1.2.3.0/24 metric 5
ip route del 1.2.3.0/24 table 100
ip route del 1.2.3.0/24 proto static
ip route del 1.2.5.0/24 proto boot
ip route del 1.2.5.0/24 proto static
ip route del 1.2.4.0/24 scope host
ip route del 1.2.4.0/24 scope link
ip route del 1.2.3.0/24
ip route del 1.2.3.0
ip route del
ip route del default
ip route flush
ip route flush table 100
ip route flush dev v0
ip route
ip route show table 100
ip route add default via 10.0.0.254 metric 100
ip route add default via 10.0.0.253 metric 200
ip route add default via 10.0.0.252
ip route add default via 10.0.0.252
ip route replace default via 10.0.0.251
ip route
ip route del default
ip route
ip route del default metric 200
ip route

# ip route add tos/dsfield: rt_dsfield names and hex as ip rule and ip route get read them,
# what the kernel takes, and how ip route show prints them back.
ip link add d0 type veth peer name d1
ip link set d0 up
ip addr add 10.0.0.2/24 dev d0
ip route add 10.1.0.0/16 dev d0 tos 0x10
ip route add 10.2.0.0/16 dev d0 tos AF11
ip route add 10.3.0.0/16 dev d0 dsfield CS1
ip route add 10.4.0.0/16 dev d0 tos 0x008
ip route add 10.5.0.0/16 dev d0 tos 0x02
ip route add 10.6.0.0/16 dev d0 tos 0xb8
ip route add 10.7.0.0/16 dev d0 tos default
ip route add 10.8.0.0/16 dev d0 tos af11
ip route add 10.9.0.0/16 dev d0 tos 0x1e
ip route add 10.10.0.0/16 dev d0 tos
ip route show
ip route get 10.1.1.1 tos 0x10
ip route get 10.4.1.1 tos 0x08
ip -j route get 10.6.1.1 tos 0xb8
ip -j route get 10.1.1.1 tos 0x10
ip route get 10.3.1.1 from 10.0.0.2 tos CS1
ip route get 10.3.1.1 tos 0x08
ip route del 10.2.0.0/16 tos AF11
ip route show

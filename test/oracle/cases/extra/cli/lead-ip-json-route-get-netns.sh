ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.0.2/24 dev veth1
ip -6 addr add 2001:db8::1/64 dev veth0 nodad
ip route add 192.168.1.0/24 via 10.0.0.254 mtu 1400
ip -j route get 192.168.1.5
ip -j route get 192.168.1.5 mark 7
ip -j route get 10.0.0.1
ip -j route get 127.0.0.1
ip -j route get 10.0.0.2 from 10.0.0.1
ip -j route get 10.0.0.2 from 10.0.0.2 iif veth0
ip -j route get 255.255.255.255
ip -j route get 224.0.0.5
ip -j route get 10.0.0.99 connected
ip -j route get 1.1.1.1
ip -j -6 route get 2001:db8::5
ip -j -6 route get ::1
ip -j -d route show 192.168.1.0/24
ip -j route show table local
ip -j -6 addr show dev veth0 | sed "s/fe80::[0-9a-f:]*/LL/"
ip -j netns
ip netns add x
ip netns set x 5
ip -j netns
ip -j -p netns list-id

ip link set nosuch up
ip addr add 10.0.0.1/24 dev nosuch
ip addr add 10.0.0.300/24 dev lo
ip route add 10.0.0.0/33 dev lo
ip foo
ip link add x type bogus
ip netns exec nosuch true
ip route get 10.1.1.1
ip route add default via 1.2.3.4
ip netns add a
ip netns add a
ip netns list
ip netns del a
ip netns del a

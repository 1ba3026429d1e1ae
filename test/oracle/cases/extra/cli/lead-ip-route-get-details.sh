ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ip route add 192.168.1.0/24 via 10.0.0.254 mtu 1400 advmss 1300 rtt 100ms
ip route get 192.168.1.5
ip route get 10.0.0.99 connected
ip -j route get 10.0.0.5
ip -j route get 10.0.0.99 connected
ip -j route get 10.0.0.99 fibmatch
ip route get 10.0.0.99 fibmatch
ip -d route get 192.168.1.5
ip -j -d route get 192.168.1.5
ip link add veth2 type veth peer name veth3
ip link set veth2 up
ip link set veth3 up
ip addr add 10.0.2.1/24 dev veth2
ip route add 192.168.21.0/24 via 10.0.2.254
ip route add unreachable 192.168.29.0/24
ip -d route get 10.0.2.1
ip -d route get 10.0.2.255
ip -d -j route get 127.0.0.1
ip -j route get 10.0.2.5 fibmatch
ip route get 192.168.21.7 fibmatch
ip route get 192.168.29.7 fibmatch

# arp over the neighbour table: learnt entries, arp -s/-d, styles (-n, -a, -e, -v, -i), messages and errors
ip netns add a
ip link add v1 type veth peer name v2 netns a
ip link set v1 address 02:00:00:00:00:01
ip -n a link set v2 address 02:00:00:00:00:02
ip addr add 10.0.0.1/24 dev v1
ip link set v1 up
ip -n a addr add 10.0.0.2/24 dev v2
ip -n a link set v2 up
ip -n a link set lo up
arp
arp -n
arp -n 10.0.0.2
probe icmp 10.0.0.2
arp -n
arp
arp -a
arp -an
arp -e
arp -vn
arp -n -i v1
arp -n -i lo
arp -ani lo
arp -n 10.0.0.9
arp -a 10.0.0.9
arp -n -i v1 10.0.0.2
ip netns exec a arp -n
arp -d 10.0.0.2
arp -n
arp -d 10.0.0.2
arp -d 192.168.5.5
arp -s 10.0.0.7 02:00:00:00:00:07
arp -an
arp -n 10.0.0.7
ip neigh show 10.0.0.7
arp -d 10.0.0.7
arp -s 10.0.0.8 02:00:00:00:00:08 temp
arp -n
ip neigh show 10.0.0.8
arp -d 10.0.0.8
arp -s 10.0.0.9 02:00:00:00:00:09 pub
arp -s 192.168.5.5 02:00:00:00:00:07
arp -s 10.0.0.7 zz:00
arp -s 10.0.0.7
arp -s 10.0.0.7 02:00:00:00:00:07 bogus
arp -i nope -s 10.0.0.7 02:00:00:00:00:07
arp -s
arp -d
arp -z
arp -H foo
arp -i
arp -i v1 -s 10.0.0.6 02:00:00:00:00:06
arp -n -H ether
arp -Dvn
ip link set v1 down
arp -n
arp -v

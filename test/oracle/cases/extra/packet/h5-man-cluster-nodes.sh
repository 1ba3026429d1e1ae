ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80
serve udp 53
iptables -t raw -A PREROUTING -p udp -j CT --notrack
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 16 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 16 --cluster-local-node 2 --cluster-hash-seed 0xdeadbeef
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 16 --cluster-local-node 3 --cluster-hash-seed 0xdeadbeef
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 16 --cluster-local-node 4 --cluster-hash-seed 0xdeadbeef
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 16 --cluster-local-node 5 --cluster-hash-seed 0xdeadbeef
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 16 --cluster-local-node 6 --cluster-hash-seed 0xdeadbeef
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 16 --cluster-local-node 7 --cluster-hash-seed 0xdeadbeef
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 16 --cluster-local-node 8 --cluster-hash-seed 0xdeadbeef
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 16 --cluster-local-node 9 --cluster-hash-seed 0xdeadbeef
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 16 --cluster-local-node 10 --cluster-hash-seed 0xdeadbeef
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 16 --cluster-local-node 11 --cluster-hash-seed 0xdeadbeef
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 16 --cluster-local-node 12 --cluster-hash-seed 0xdeadbeef
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 16 --cluster-local-node 13 --cluster-hash-seed 0xdeadbeef
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 16 --cluster-local-node 14 --cluster-hash-seed 0xdeadbeef
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 16 --cluster-local-node 15 --cluster-hash-seed 0xdeadbeef
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 16 --cluster-local-node 16 --cluster-hash-seed 0xdeadbeef
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 1 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 2 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 3 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 4 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 5 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 6 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 7 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 8 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 9 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 10 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 11 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 12 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 13 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 14 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 15 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 16 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 17 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 18 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 19 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 20 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 21 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 22 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 23 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 24 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 25 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 26 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 27 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 28 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 29 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 30 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 31 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 32 --cluster-hash-seed 0
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 3 --cluster-local-nodemask 0x7 --cluster-hash-seed 5
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 3 ! --cluster-local-nodemask 0x7 --cluster-hash-seed 5
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 1 ! --cluster-local-node 1 --cluster-hash-seed 5
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe icmp 10.0.0.1
iptables -t mangle -L PREROUTING -n -v -x

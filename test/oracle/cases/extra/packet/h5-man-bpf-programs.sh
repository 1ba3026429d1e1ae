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
iptables -A OUTPUT -m bpf --bytecode '4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0'
iptables -A OUTPUT -m bpf --bytecode '4,48 0 0 9,21 0 1 17,6 0 0 1,6 0 0 0'
iptables -A OUTPUT -m bpf --bytecode '1,6 0 0 1'
iptables -A OUTPUT -m bpf --bytecode '1,6 0 0 0'
iptables -A OUTPUT -m bpf --bytecode '4,40 0 0 2,37 0 1 59,6 0 0 1,6 0 0 0'
iptables -A OUTPUT -m bpf --bytecode '6,177 0 0 0,72 0 0 2,21 0 1 80,6 0 0 65535,6 0 0 0,6 0 0 0'
iptables -A OUTPUT -m bpf --bytecode '7,48 0 0 9,21 0 4 6,177 0 0 0,80 0 0 13,69 1 0 16,6 0 0 0,6 0 0 1'
iptables -A OUTPUT -m bpf --bytecode '2,32 0 0 4096,6 0 0 1'
iptables -A OUTPUT -m bpf --bytecode '3,128 0 0 0,37 0 1 100,6 0 0 1'
iptables -A OUTPUT -m bpf --bytecode '4,32 0 0 16,21 0 1 167772162,6 0 0 1,6 0 0 0'
iptables -A OUTPUT -m bpf --bytecode '4,32 0 0 4294963200,21 0 1 2048,6 0 0 1,6 0 0 0'
iptables -A OUTPUT -m bpf --bytecode '5,48 0 0 1,84 0 0 252,21 0 1 0,6 0 0 1,6 0 0 0'
iptables -A OUTPUT -m bpf --bytecode '4,48 0 0 8,21 0 1 64,6 0 0 1,6 0 0 0'
iptables -A INPUT -m bpf --bytecode '4,48 0 0 9,21 0 1 1,6 0 0 1,6 0 0 0'
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe icmp 10.0.0.1
iptables -L -n -v -x

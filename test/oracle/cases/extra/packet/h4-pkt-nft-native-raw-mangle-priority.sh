# nft base chains at raw and mangle priorities run before iptables' raw and mangle chains (counters show who saw the packet), and one at priority 10 after iptables' filter.
ip netns add client
ip netns add client2
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip link add veth1 type veth peer name eth0
ip link set eth0 netns client2
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.1.1/24 dev veth1
ip link set veth0 up
ip link set veth1 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client2 ip addr add 10.0.1.2/24 dev eth0
ip netns exec client2 ip link set eth0 up
ip netns exec client2 ip link set lo up
serve tcp 80 --name host
serve tcp 81 --name host
serve tcp 82 --name host
iptables -t raw -A PREROUTING -p tcp --dport 80 -j ACCEPT
iptables -t mangle -A PREROUTING -p tcp --dport 81 -j ACCEPT
iptables -A INPUT -p tcp --dport 82 -j ACCEPT
nft add table ip early
nft 'add chain ip early raw { type filter hook prerouting priority -310; }'
nft add rule ip early raw tcp dport 80 counter drop
nft 'add chain ip early mangle { type filter hook prerouting priority -160; }'
nft add rule ip early mangle tcp dport 81 counter drop
nft 'add chain ip early late { type filter hook input priority 10; }'
nft add rule ip early late tcp dport 82 counter drop
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 81
ip netns exec client probe tcp 10.0.0.1 82
iptables-save -c
nft list table ip early

# the ssh brute-force recipe: -m recent --set then --update --hitcount 3 bans the third new connection
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client ip route add default via 10.0.0.1
ip netns add srv
ip link add veth1 type veth peer name eth0 netns srv
ip addr add 10.1.0.1/24 dev veth1
ip link set veth1 up
ip netns exec srv ip addr add 10.1.0.2/24 dev eth0
ip netns exec srv ip link set eth0 up
ip netns exec srv ip link set lo up
ip netns exec srv ip route add default via 10.1.0.1
serve tcp 22
iptables -A INPUT -p tcp --dport 22 -m state --state NEW -m recent --set --name SSH
iptables -A INPUT -p tcp --dport 22 -m state --state NEW -m recent --update --seconds 60 --hitcount 3 --name SSH -j DROP
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 22
iptables -L INPUT -v -n
cut -d' ' -f1 /proc/net/xt_recent/SSH

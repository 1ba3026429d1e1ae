# with no fingerprints loaded xt_osf matches nothing, and it ignores the invert flag
ip netns add client
ip link add veth0 type veth peer name eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip link set lo up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
serve tcp 22
iptables -A INPUT -p tcp -m osf --genre Linux
iptables -A INPUT -p tcp -m osf ! --genre Linux
iptables -A INPUT -p tcp -m osf ! --genre Linux --ttl 2 --log 0
iptables -A INPUT -p tcp --syn
iptables-legacy -t mangle -A PREROUTING -p tcp -m osf ! --genre Windows
ip netns exec client probe tcp 10.0.0.1 22
iptables -L INPUT -v -x -n
iptables-legacy -t mangle -L PREROUTING -v -x -n

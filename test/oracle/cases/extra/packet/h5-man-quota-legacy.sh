ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve udp 53
iptables-legacy -A INPUT -p udp -m quota --quota 100
iptables-legacy -A INPUT -p udp -m quota ! --quota 50
iptables -A INPUT -p udp -m quota --quota 100
iptables -A INPUT -p udp -m quota ! --quota 50
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe udp 10.0.0.1 53
iptables-legacy -L INPUT -n -v -x
iptables-legacy-save -c | grep quota
iptables -L INPUT -n -v -x
iptables-save -c | grep quota
iptables-legacy -Z INPUT
iptables-legacy -L INPUT -n -v -x
iptables-legacy -D INPUT -p udp -m quota --quota 100
iptables-legacy -S INPUT

ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip link set veth0 group 5
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client ip route add 10.9.9.0/24 via 10.0.0.1
serve tcp 8080
serve udp 53
iptables -t nat -A PREROUTING -d 10.9.9.0/24 -j NETMAP --to 10.0.0.0/24
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src,dst --hmark-mod 1 --hmark-offset 7
iptables -t mangle -A PREROUTING -m mark --mark 7
iptables -A INPUT -m devgroup --src-group 5
iptables -A INPUT -m devgroup ! --src-group 5
iptables -A INPUT -p tcp -m length --length 0:60
iptables -A INPUT -p tcp -m length --length 61:65535
iptables -A INPUT -p udp -m quota --quota 60 -j ACCEPT
iptables -A INPUT -p udp -j DROP
iptables -A OUTPUT -m devgroup --dst-group 5
ip netns exec client probe tcp 10.9.9.1 8080
ip netns exec client probe tcp 10.9.9.7 8080 --timeout 0.3
ip netns exec client probe tcp 10.0.0.1 8080
ip netns exec client probe udp 10.9.9.1 53
ip netns exec client probe udp 10.9.9.1 53 --timeout 0.3
iptables -t nat -L -n -v
iptables -t mangle -L PREROUTING -n -v
iptables -L -n -v
iptables -S
iptables-save -c | grep -v '^#'

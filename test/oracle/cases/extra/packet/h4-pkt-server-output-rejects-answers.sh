# A server whose own OUTPUT rejects its answers: the reset or ICMP error goes back to the server itself, the client only sees silence; UDP answers rejected make serve's send fail.
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80 --name host
serve udp 53 --name host
iptables -A OUTPUT -p tcp --sport 80 -j REJECT --reject-with tcp-reset
ip netns exec client probe tcp 10.0.0.1 80
iptables -R OUTPUT 1 -p tcp --sport 80 -j REJECT
ip netns exec client probe tcp 10.0.0.1 80
iptables -A OUTPUT -p udp --sport 53 -j REJECT --reject-with icmp-admin-prohibited
ip netns exec client probe udp 10.0.0.1 53
iptables -I INPUT -i lo
iptables -I INPUT -p icmp
iptables -L -v -n -x
ip netns exec client probe udp 10.0.0.1 53
iptables -F OUTPUT
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe tcp 10.0.0.1 80
iptables -L INPUT -v -n -x

# An ICMP error about the client's handshake ACK (REJECT of ESTABLISHED on the server side) lands as the socket's soft error: the probe's SO_ERROR after connect reports it
ip netns add c
ip link add veth0 type veth peer name eth0 netns c
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec c ip link set lo up
ip netns exec c ip addr add 10.0.0.2/24 dev eth0
ip netns exec c ip link set eth0 up
ip netns exec c ip route add default via 10.0.0.1
ip addr add 10.9.9.9/32 dev lo
serve tcp 80 --name web
serve udp 53 --name dns
ip netns exec c serve tcp 7000
ip netns exec c serve udp 5000
iptables -A INPUT -p tcp --dport 80 -m conntrack --ctstate ESTABLISHED -j REJECT --reject-with icmp-host-prohibited
ip netns exec c probe tcp 10.0.0.1 80
iptables -R INPUT 1 -p tcp --dport 80 -m conntrack --ctstate ESTABLISHED -j REJECT --reject-with icmp-port-unreachable
ip netns exec c probe tcp 10.0.0.1 80
iptables -R INPUT 1 -p tcp --dport 80 -m conntrack --ctstate ESTABLISHED -j REJECT --reject-with icmp-proto-unreachable
ip netns exec c probe tcp 10.0.0.1 80
iptables -R INPUT 1 -p tcp --dport 80 -m conntrack --ctstate ESTABLISHED -j REJECT --reject-with tcp-reset
ip netns exec c probe tcp 10.0.0.1 80
ip netns exec c iptables -A OUTPUT -p tcp --tcp-flags SYN,ACK,RST ACK -j REJECT --reject-with icmp-net-prohibited
ip netns exec c probe tcp 10.0.0.1 22
iptables-save -c
ip netns exec c iptables-save -c

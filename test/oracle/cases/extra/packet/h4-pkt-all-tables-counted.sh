# Every table a packet meets on the host, counted per chain (raw, mangle, nat, filter, security) for an inbound TCP connection, a UDP exchange and the host's own ping; then a DROP in security and in mangle.
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
iptables -t raw -A PREROUTING -s 10.0.0.2
iptables -t raw -A OUTPUT -d 10.0.0.2
iptables -t mangle -A PREROUTING -s 10.0.0.2
iptables -t mangle -A INPUT -s 10.0.0.2
iptables -t mangle -A OUTPUT -d 10.0.0.2
iptables -t mangle -A POSTROUTING -d 10.0.0.2
iptables -t nat -A PREROUTING -s 10.0.0.2
iptables -t nat -A INPUT -s 10.0.0.2
iptables -t nat -A OUTPUT -d 10.0.0.2
iptables -t nat -A POSTROUTING -d 10.0.0.2
iptables -A INPUT -s 10.0.0.2
iptables -A OUTPUT -d 10.0.0.2
iptables -t security -A INPUT -s 10.0.0.2
iptables -t security -A OUTPUT -d 10.0.0.2
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe udp 10.0.0.1 53
probe icmp 10.0.0.2
iptables-save -c
iptables -t security -A INPUT -p udp -j DROP
ip netns exec client probe udp 10.0.0.1 53
iptables -t mangle -A POSTROUTING -p icmp -j DROP
probe icmp 10.0.0.2
iptables -t security -A INPUT -j SECMARK --selctx system_u:object_r:http_packet_t:s0
iptables -t security -L -v -n
iptables -t mangle -L POSTROUTING -v -n

# The MSS a SYN-ACK announces, and TCPMSS --clamp-mss-to-pmtu, follow the route the routing
# decision chose through ip rules (from, fwmark, ipproto/sport), not the main table's.
ip netns add client
ip link add veth0 type veth peer name eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.0.3/24 dev veth0
ip link set veth0 up
ip netns exec client ip link set lo up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
serve tcp 22 --name sshd
serve tcp 2222 --name alt
ip route add 10.0.0.0/24 dev veth0 src 10.0.0.3 advmss 1000 table 100
ip route add 10.0.0.0/24 dev veth0 mtu lock 1300 table 101
ip rule add from 10.0.0.3 lookup 100
ip rule add fwmark 7 lookup 100
ip rule add fwmark 8 lookup 101
ip rule add ipproto tcp sport 2222 lookup 101
ip route show table 101
ip netns exec client iptables -A INPUT -p tcp --tcp-flags SYN,ACK SYN,ACK -m tcpmss --mss 1000
ip netns exec client iptables -A INPUT -p tcp --tcp-flags SYN,ACK SYN,ACK -m tcpmss --mss 1260
ip netns exec client iptables -A INPUT -p tcp --tcp-flags SYN,ACK SYN,ACK -m tcpmss --mss 1460
ip netns exec client probe tcp 10.0.0.3 22
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 2222
iptables -t mangle -A OUTPUT -p tcp --sport 22 -j MARK --set-mark 7
ip netns exec client probe tcp 10.0.0.1 22
iptables -t mangle -R OUTPUT 1 -p tcp --sport 22 -j MARK --set-mark 8
ip netns exec client probe tcp 10.0.0.1 22
iptables -t mangle -A POSTROUTING -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client iptables -L INPUT -v -x -n
iptables -t mangle -L POSTROUTING -v -x -n

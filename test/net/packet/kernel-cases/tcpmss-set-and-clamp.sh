ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns add server
ip link add veth1 type veth peer name eth0
ip link set eth0 netns server
ip addr add 10.1.0.1/24 dev veth1
ip link set veth1 mtu 1400
ip link set veth1 up
ip netns exec server ip addr add 10.1.0.2/24 dev eth0
ip netns exec server ip link set eth0 up
ip netns exec server ip route add default via 10.1.0.1
ip netns exec client ip route add default via 10.0.0.1
sysctl -w net.ipv4.ip_forward=1
ip netns exec server serve tcp 80
serve tcp 8080
ip netns exec client iptables -t mangle -A POSTROUTING -p tcp --dport 8080 -j TCPMSS --set-mss 1000
iptables -A INPUT -p tcp --syn -m tcpmss --mss 1000
iptables -A INPUT -p tcp ! --syn -m tcpmss --mss 536
iptables -A INPUT -p tcp ! --syn -m tcpmss --mss 1000
iptables -A INPUT -p tcp -m tcpmss --mss 1460
iptables -A INPUT -p tcp
ip netns exec client probe tcp 10.0.0.1 8080
iptables -L INPUT -v -n
iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
ip netns exec server iptables -A INPUT -p tcp --syn -m tcpmss --mss 1360
ip netns exec server iptables -A INPUT -p tcp --syn -m tcpmss --mss 1460
ip netns exec server iptables -A INPUT -p tcp --syn
ip netns exec client iptables -A INPUT -p tcp --syn -m tcpmss --mss 1360
ip netns exec client iptables -A INPUT -p tcp --syn -m tcpmss --mss 1460
ip netns exec client iptables -A INPUT -p tcp --sport 80 --tcp-flags SYN,ACK SYN,ACK -m tcpmss --mss 1360
ip netns exec client iptables -A INPUT -p tcp --sport 80 --tcp-flags SYN,ACK SYN,ACK
ip netns exec client probe tcp 10.1.0.2 80
ip netns exec server iptables -L INPUT -v -n
ip netns exec client iptables -L INPUT -v -n
iptables -t mangle -L FORWARD -v -n

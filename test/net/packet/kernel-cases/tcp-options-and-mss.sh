ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80 --name host
iptables -A INPUT -p tcp -m tcpmss --mss 1460
iptables -A INPUT -p tcp -m tcpmss --mss 65495
iptables -A INPUT -p tcp --tcp-option 8
iptables -A INPUT -p tcp --tcp-option 3
iptables -A OUTPUT -p tcp -m tcpmss --mss 1460
ip netns exec client probe tcp 10.0.0.1 80
probe tcp 127.0.0.1 80
probe tcp 127.0.0.1 81
ip netns exec client probe tcp 10.0.0.1 80
iptables -L -v -n
ip netns exec client iptables -L INPUT -v -n

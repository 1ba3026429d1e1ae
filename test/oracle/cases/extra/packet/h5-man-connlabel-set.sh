ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80
serve udp 53
iptables -t raw -A PREROUTING -p icmp -j CT --notrack
iptables -A INPUT -m connlabel --label 3
iptables -A INPUT -m connlabel ! --label 3
iptables -A INPUT -p tcp --syn -m connlabel --label 3 --set
iptables -A INPUT -m connlabel --label 3
iptables -A INPUT -m connlabel ! --label 3
iptables -A INPUT -p udp -m connlabel ! --label 7 --set
iptables -A INPUT -m connlabel --label 7
iptables -A INPUT -m connlabel --label 127 --set
iptables -A INPUT -m connlabel --label 127
iptables -A OUTPUT -m connlabel --label 3
iptables -A OUTPUT -m connlabel --label 7
iptables -A OUTPUT -m connlabel --label 127
iptables -A OUTPUT -m connlabel --label 5
iptables -A OUTPUT -m connlabel ! --label 5
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe icmp 10.0.0.1
iptables -L -n -v -x

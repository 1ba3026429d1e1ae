ip netns add client
ip netns add client2
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip link add veth1 type veth peer name eth0
ip link set eth0 netns client2
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.1.1/24 dev veth1
ip link set veth0 up
ip link set veth1 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client2 ip addr add 10.0.1.2/24 dev eth0
ip netns exec client2 ip link set eth0 up
ip netns exec client2 ip link set lo up
ip link set veth1 group 7
serve tcp 80 --name host
serve udp 53 --name host
iptables -A INPUT -m policy --dir in --pol none -p tcp --dport 80
iptables -A INPUT -m policy --dir in --pol ipsec -p tcp --dport 80 -j DROP
iptables -A INPUT -m devgroup --src-group 7 -p tcp -j REJECT --reject-with tcp-reset
iptables -A INPUT -m devgroup ! --src-group 7 -p udp
iptables -A INPUT -m helper --helper ftp -j DROP
iptables -A INPUT -p tcp --tcp-option 2 --tcp-flags SYN,ACK SYN
iptables -A INPUT -p tcp ! --tcp-option 8
iptables -A INPUT -m conntrack --ctexpire 0:1000 -p udp
iptables -A OUTPUT -m policy --dir out --pol none -o veth0
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client2 probe tcp 10.0.1.1 80
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client2 probe udp 10.0.1.1 53
iptables -L -v -n -x
iptables-save -c

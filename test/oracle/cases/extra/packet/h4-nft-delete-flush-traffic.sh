ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80
serve tcp 22
iptables -P INPUT DROP
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 80 --timeout 0.3
nft delete rule ip filter INPUT handle 2
ip netns exec client probe tcp 10.0.0.1 22 --timeout 0.3
nft add rule ip filter INPUT tcp dport 80 counter accept
ip netns exec client probe tcp 10.0.0.1 80
nft list chain ip filter INPUT
iptables -L INPUT -v -n -x
nft flush chain ip filter INPUT
ip netns exec client probe tcp 10.0.0.1 80 --timeout 0.3
iptables -L INPUT -v -n -x
nft delete chain ip filter INPUT
ip netns exec client probe tcp 10.0.0.1 80
iptables -S
iptables -A INPUT -s 10.0.0.2 -j DROP
ip netns exec client probe tcp 10.0.0.1 80 --timeout 0.3
nft flush ruleset
ip netns exec client probe tcp 10.0.0.1 80
iptables -L -v -n
nft list ruleset

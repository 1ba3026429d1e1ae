# A guide's nft ruleset in a table named ip filter with a lowercase input chain (policy drop, ct state, ssh allowed) next to iptables' own INPUT rules in the same table; then a table inet nat masquerading for a second namespace with no route back
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip route add default via 10.0.0.1
ip netns add far
ip link add veth1 type veth peer name eth0
ip link set eth0 netns far
ip addr add 10.9.0.1/24 dev veth1
ip link set veth1 up
ip netns exec far ip addr add 10.9.0.2/24 dev eth0
ip netns exec far ip link set eth0 up
ip netns exec far serve tcp 80 --name farweb
serve tcp 22 --name sshd
serve tcp 80 --name web
serve tcp 443 --name tls
sysctl -w net.ipv4.ip_forward=1
nft add table ip filter
nft add chain ip filter input { type filter hook input priority 0 \; policy drop \; }
nft add rule ip filter input ct state established,related accept
nft add rule ip filter input tcp dport 22 counter accept
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 80
iptables -A INPUT -p tcp --dport 443 -j DROP
iptables -A INPUT -p tcp --dport 80 -j ACCEPT
ip netns exec client probe tcp 10.0.0.1 80
nft add rule ip filter input tcp dport { 80, 443 } counter accept
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 443
ip netns exec client probe tcp 10.9.0.2 80
nft add table inet nat
nft add chain inet nat postrouting { type nat hook postrouting priority srcnat \; }
nft add rule inet nat postrouting ip daddr 10.9.0.0/24 counter masquerade
ip netns exec client probe tcp 10.9.0.2 80
iptables -S
iptables -L INPUT -v -n
nft list ruleset

ip netns add client
ip link add veth0 type veth peer name eth0
ip link set veth0 netns client
ip addr add 10.0.0.1/24 dev eth0
ip link set eth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev veth0
ip netns exec client ip link set veth0 up
serve tcp 80
nft add table inet t
nft add chain inet t R '{ type filter hook input priority 0; }'
nft add chain inet t INPUT
nft add rule inet t INPUT tcp dport 80 counter
nft add rule inet t R jump INPUT
nft add chain inet t out '{ type filter hook output priority 0; }'
nft add rule inet t out tcp sport 80 counter
nft add chain inet t pre '{ type filter hook prerouting priority 0; }'
nft add rule inet t pre tcp dport 80 counter
nft add chain inet t post '{ type filter hook postrouting priority 0; }'
nft add rule inet t post tcp sport 80 counter
iptables -A INPUT -p tcp --dport 80 -j ACCEPT
ip netns exec client probe tcp 10.0.0.1 80
nft list table inet t
iptables -L INPUT -v -n -x

# nft's ct state vmap added to iptables' own INPUT chain (table ip filter made by iptables-nft): the rule alone loads conntrack, so new connections meet the vmap's new : drop iptables calls the chain incompatible; deleting the rule lets them in again
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
serve tcp 22 --name sshd
iptables -A INPUT -p udp --dport 53 -j ACCEPT
nft add rule ip filter INPUT ct state vmap { new : drop, established : accept }
ip netns exec client probe tcp 10.0.0.1 22
iptables -L INPUT -v -n -x
nft delete rule ip filter INPUT handle 4
nft -a list chain ip filter INPUT
ip netns exec client probe tcp 10.0.0.1 22

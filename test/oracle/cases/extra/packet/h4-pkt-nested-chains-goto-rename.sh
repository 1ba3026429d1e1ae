# Siblings of custom-chain-return / goto-vs-jump: nested chains, RETURN from a goto'd chain, rename, chain-in-use errors, references in -L.
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 22 --name host
serve tcp 80 --name host
serve udp 53 --name host
iptables -N LEVEL1
iptables -N LEVEL2
iptables -A LEVEL2 -p tcp --dport 22 -j RETURN
iptables -A LEVEL2 -p tcp -j DROP
iptables -A LEVEL1 -j LEVEL2
iptables -A LEVEL1 -p tcp --dport 22 -j REJECT --reject-with tcp-reset
iptables -A INPUT -j LEVEL1
iptables -A INPUT -j ACCEPT
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe udp 10.0.0.1 53
iptables -R LEVEL1 1 -g LEVEL2
ip netns exec client probe tcp 10.0.0.1 22
iptables -R INPUT 1 -g LEVEL1
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe udp 10.0.0.1 53
iptables -L -v -n
iptables -X LEVEL2
iptables -F LEVEL1
iptables -X LEVEL2
iptables -E LEVEL1 SSH-GATE
iptables -A SSH-GATE -p tcp --dport 80 -j REJECT
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 22
iptables -S
iptables-save -c

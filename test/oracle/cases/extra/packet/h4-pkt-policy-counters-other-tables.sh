# Sibling of policy-counters-nft in the other tables: nat chains count only a connection's first packet in their policy, raw and mangle every packet once -P made them; a chain made by a rule in it does not count.
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80 --name host
serve udp 53 --name host
iptables -t nat -A PREROUTING -p udp --dport 9
iptables -t mangle -A INPUT -p udp --dport 9
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe udp 10.0.0.1 53
iptables -t nat -L PREROUTING -v -n
iptables -t nat -P PREROUTING ACCEPT
iptables -t nat -P INPUT ACCEPT
iptables -t raw -P PREROUTING ACCEPT
iptables -t mangle -P INPUT ACCEPT
iptables -t mangle -P OUTPUT ACCEPT
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe icmp 10.0.0.1
iptables-save -c
iptables -t nat -Z
iptables -t nat -L -v -n -x

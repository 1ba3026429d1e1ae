# Siblings of mangle-mark-filter-match: marks set in OUTPUT, --or/--and/--xor-mark, CONNMARK save and restore, mark in FORWARD.
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 8080 --name host
serve tcp 9090 --name host
ip netns exec client serve tcp 80
iptables -t mangle -A PREROUTING -p tcp --dport 8080 -j MARK --or-mark 0x10
iptables -t mangle -A PREROUTING -p tcp --dport 8080 -j MARK --xor-mark 0x3
iptables -A INPUT -m mark --mark 0x13 -j REJECT --reject-with tcp-reset
ip netns exec client probe tcp 10.0.0.1 8080
iptables -t mangle -A PREROUTING -p tcp --dport 8080 -j MARK --and-mark 0x10
ip netns exec client probe tcp 10.0.0.1 8080
iptables -A INPUT -m mark ! --mark 0x0 -j ACCEPT
iptables -A INPUT -p tcp --dport 9090 -j DROP
ip netns exec client probe tcp 10.0.0.1 9090
iptables -t mangle -A PREROUTING -p tcp --dport 9090 -m conntrack --ctstate NEW -j CONNMARK --set-mark 0x7
iptables -t mangle -A PREROUTING -p tcp --dport 9090 -j CONNMARK --restore-mark
ip netns exec client probe tcp 10.0.0.1 9090
iptables -t mangle -A OUTPUT -p tcp --dport 80 -j MARK --set-mark 0x5
iptables -A OUTPUT -m mark --mark 0x4/0x4 -p tcp --dport 80 -j REJECT
probe tcp 10.0.0.2 80
iptables -A INPUT -m connmark --mark 0x7 -j ACCEPT
iptables -L INPUT -v -n
iptables -t mangle -L -v -n
iptables-save -c

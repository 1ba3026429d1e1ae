# NOTRACK / CT --notrack in raw PREROUTING leave a looped-back packet alone: it keeps the conntrack made on its way out, so state rules still see NEW/ESTABLISHED
ip netns add c
ip link add veth0 type veth peer name eth0 netns c
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec c ip link set lo up
ip netns exec c ip addr add 10.0.0.2/24 dev eth0
ip netns exec c ip link set eth0 up
ip netns exec c ip route add default via 10.0.0.1
ip addr add 10.9.9.9/32 dev lo
serve tcp 80 --name web
serve udp 53 --name dns
ip netns exec c serve tcp 7000
ip netns exec c serve udp 5000
iptables -t raw -A PREROUTING -p tcp --dport 80 -j CT --notrack
iptables -t raw -A PREROUTING -p udp --dport 53 -j NOTRACK
iptables -A INPUT -m conntrack --ctstate UNTRACKED -j REJECT
iptables -A INPUT -m conntrack --ctstate NEW
probe tcp 10.9.9.9 80
probe udp 127.0.0.1 53
ip netns exec c probe tcp 10.0.0.1 80
ip netns exec c probe udp 10.0.0.1 53
iptables-save -c

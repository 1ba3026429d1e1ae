# Siblings of host-default-deny-*: loopback breaks without -i lo, ESTABLISHED without RELATED hides ICMP errors, state vs conntrack spelling, INVALID drop.
ip netns add peer
ip link add veth0 type veth peer name eth0
ip link set eth0 netns peer
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec peer ip addr add 10.0.0.2/24 dev eth0
ip netns exec peer ip link set eth0 up
ip netns exec peer ip link set lo up
ip netns exec peer serve tcp 80
ip netns exec peer serve udp 53
serve tcp 22 --name host
serve udp 5353 --name host
iptables -P INPUT DROP
iptables -A INPUT -m conntrack --ctstate ESTABLISHED -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
probe tcp 127.0.0.1 22
probe udp 127.0.0.1 5353
probe icmp 127.0.0.1
probe udp 10.0.0.2 54
probe tcp 10.0.0.2 81
iptables -I INPUT 1 -i lo -j ACCEPT
probe tcp 127.0.0.1 22
probe udp 127.0.0.1 5353
probe udp 10.0.0.1 5353
iptables -R INPUT 2 -m state --state ESTABLISHED,RELATED -j ACCEPT
probe udp 10.0.0.2 54
probe tcp 10.0.0.2 81
probe tcp 10.0.0.2 80
iptables -I INPUT 2 -m conntrack --ctstate INVALID -j DROP
ip netns exec peer probe tcp 10.0.0.1 22
ip netns exec peer probe udp 10.0.0.1 5353
iptables -L INPUT -v -n --line-numbers
iptables -S INPUT
iptables-save -c -t filter

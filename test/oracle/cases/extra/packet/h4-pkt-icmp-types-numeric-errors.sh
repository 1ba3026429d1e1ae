# Siblings of icmp-type-filtering: numeric types, type/code, negation, blocking the errors a REJECT sends back, -L/-S forms.
ip netns add peer
ip link add veth0 type veth peer name eth0
ip link set eth0 netns peer
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec peer ip addr add 10.0.0.2/24 dev eth0
ip netns exec peer ip link set eth0 up
ip netns exec peer ip link set lo up
ip netns exec peer serve udp 53
iptables -P INPUT DROP
iptables -A INPUT -p icmp --icmp-type 8 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 0/0 -j ACCEPT
ip netns exec peer probe icmp 10.0.0.1
probe icmp 10.0.0.2
probe udp 10.0.0.2 53
iptables -A INPUT -p udp --sport 53 -m conntrack --ctstate ESTABLISHED -j ACCEPT
probe udp 10.0.0.2 53
probe udp 10.0.0.2 54
iptables -A INPUT -p icmp --icmp-type port-unreachable -j ACCEPT
probe udp 10.0.0.2 54
ip netns exec peer iptables -A INPUT -p udp --dport 55 -j REJECT --reject-with icmp-host-unreachable
probe udp 10.0.0.2 55
iptables -A INPUT -p icmp --icmp-type destination-unreachable -j ACCEPT
probe udp 10.0.0.2 55
iptables -S INPUT
iptables -L INPUT -n
iptables -L INPUT -v -n -x
iptables -F INPUT
iptables -A INPUT -p icmp ! --icmp-type echo-request -j ACCEPT
iptables -A INPUT -p icmp --icmp-type any -j LOG --log-prefix "icmp-any "
ip netns exec peer probe icmp 10.0.0.1
probe icmp 10.0.0.2
iptables -A OUTPUT -p icmp --icmp-type echo-reply -j DROP
iptables -A INPUT -p icmp --icmp-type ping -j ACCEPT
ip netns exec peer probe icmp 10.0.0.1
iptables-save -c

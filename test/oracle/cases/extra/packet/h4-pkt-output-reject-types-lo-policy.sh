# Siblings of output-chain-local-symptoms: REJECT types in OUTPUT per protocol, -o lo, OUTPUT policy DROP, the server's OUTPUT dropping its replies.
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
serve tcp 8080 --name host
serve udp 5353 --name host
iptables -A OUTPUT -d 10.0.0.2 -p udp -j REJECT --reject-with icmp-host-unreachable
probe udp 10.0.0.2 53
iptables -R OUTPUT 1 -d 10.0.0.2 -p udp -j REJECT --reject-with icmp-admin-prohibited
probe udp 10.0.0.2 53
iptables -R OUTPUT 1 -d 10.0.0.2 -p tcp -j REJECT --reject-with icmp-net-unreachable
probe tcp 10.0.0.2 80
iptables -R OUTPUT 1 -d 10.0.0.2 -p icmp -j REJECT --reject-with icmp-port-unreachable
probe icmp 10.0.0.2
iptables -F OUTPUT
iptables -A OUTPUT -o lo -p tcp -j DROP
probe tcp 127.0.0.1 8080
probe tcp 10.0.0.1 8080
probe udp 10.0.0.1 5353
iptables -R OUTPUT 1 -o lo -j REJECT
probe udp 127.0.0.1 5353
probe tcp 127.0.0.1 8080
iptables -F OUTPUT
iptables -P OUTPUT DROP
ip netns exec peer probe tcp 10.0.0.1 8080
ip netns exec peer probe udp 10.0.0.1 5353
ip netns exec peer probe icmp 10.0.0.1
iptables -A OUTPUT -m conntrack --ctstate ESTABLISHED -j ACCEPT
ip netns exec peer probe tcp 10.0.0.1 8080
ip netns exec peer probe udp 10.0.0.1 5353
ip netns exec peer probe icmp 10.0.0.1
probe tcp 10.0.0.2 80
iptables -L OUTPUT -v -n
iptables-save -c

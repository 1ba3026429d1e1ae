# lesson: tables
# claim: nat INPUT (source NAT) runs after filter INPUT, so filter sees the original source.
# shows: 10.0.0.2             0.0.0.0/0            tcp dpt:80 LOG flags 0 level 4
ip netns add client
ip link add veth0 type veth peer name eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip -n client addr add 10.0.0.2/24 dev eth0
ip -n client link set eth0 up
ip -n client link set lo up
serve tcp 80
iptables -t nat -A INPUT -s 10.0.0.2 -p tcp --dport 80 -j SNAT --to-source 10.9.9.9
iptables -A INPUT -s 10.9.9.9 -p tcp --dport 80 -j DROP
iptables -A INPUT -s 10.0.0.2 -p tcp --dport 80 -j LOG
ip netns exec client probe tcp 10.0.0.1 80
iptables -v -n -L INPUT
iptables -t nat -v -n -L INPUT

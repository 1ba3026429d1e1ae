# NFQUEUE with --queue-bypass when no IDS listens, and TEE mirroring to a monitor host.
ip netns add client
ip link add veth0 type veth peer name eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns add mon
ip link add veth1 type veth peer name eth0 netns mon
ip addr add 10.0.1.1/24 dev veth1
ip link set veth1 up
ip netns exec mon ip addr add 10.0.1.2/24 dev eth0
ip netns exec mon ip link set eth0 up
ip netns exec mon ip link set lo up
ip netns exec mon iptables -t raw -A PREROUTING -j LOG --log-prefix "mirrored "
serve tcp 80 --name web
serve udp 53 --name dns
serve tcp 443 --name tls
iptables -A INPUT -p tcp --dport 80 -j NFQUEUE --queue-num 3 --queue-bypass
iptables -A INPUT -p udp --dport 53 -j NFQUEUE --queue-balance 0:3 --queue-bypass --queue-cpu-fanout
iptables -A INPUT -p tcp --dport 443 -j NFQUEUE --queue-num 1
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe tcp 10.0.0.1 443
iptables -t mangle -A PREROUTING -i veth0 -p tcp --dport 80 -j TEE --gateway 10.0.1.2
ip netns exec client probe tcp 10.0.0.1 80
iptables -L INPUT -v -x -n
iptables -t mangle -L PREROUTING -v -x -n
ip netns exec mon iptables -t raw -L PREROUTING -v -x -n

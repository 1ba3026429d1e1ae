# Siblings of policy-counters-nft: FORWARD/OUTPUT policy counting, -Z, restore-created chains, nft-created chains via another table, legacy counts always.
ip netns add pod
ip netns add ext
ip link add vpod type veth peer name eth0
ip link set eth0 netns pod
ip link add vext type veth peer name eth0
ip link set eth0 netns ext
ip addr add 10.244.0.1/24 dev vpod
ip addr add 192.168.100.1/24 dev vext
ip link set vpod up
ip link set vext up
ip netns exec pod ip link set lo up
ip netns exec pod ip addr add 10.244.0.2/24 dev eth0
ip netns exec pod ip link set eth0 up
ip netns exec pod ip route add default via 10.244.0.1
ip netns exec ext ip link set lo up
ip netns exec ext ip addr add 192.168.100.2/24 dev eth0
ip netns exec ext ip link set eth0 up
ip netns exec ext serve tcp 80
sysctl -w net.ipv4.ip_forward=1
iptables -A FORWARD -p udp -j DROP
ip netns exec pod probe tcp 192.168.100.2 80
iptables -L FORWARD -v -n
iptables -P FORWARD ACCEPT
ip netns exec pod probe tcp 192.168.100.2 80
iptables -L FORWARD -v -n -x
iptables -S FORWARD -v
iptables -Z FORWARD
iptables -L FORWARD -v -n
iptables -t mangle -P FORWARD ACCEPT
ip netns exec pod probe icmp 192.168.100.2
iptables -t mangle -L FORWARD -v -n
iptables -A OUTPUT -o lo -j ACCEPT
probe icmp 192.168.100.2
iptables -L OUTPUT -v -n
iptables-restore --noflush <<'EOF2'
*filter
:OUTPUT ACCEPT [0:0]
COMMIT
EOF2
probe icmp 192.168.100.2
iptables -L OUTPUT -v -n
iptables-legacy -A FORWARD -p udp -j DROP
ip netns exec pod probe icmp 192.168.100.2
iptables-legacy -L FORWARD -v -n
iptables-save -c

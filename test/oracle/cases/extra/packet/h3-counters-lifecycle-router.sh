# Counters on a router through the life of a ruleset: -c on append, -R, -I, -Z of one rule and one chain, -L -Z, rename, save -c and restore -c.
ip netns add lan
ip netns add wan
ip link add lan0 type veth peer name eth0 netns lan
ip link add wan0 type veth peer name eth0 netns wan
ip addr add 192.168.1.1/24 dev lan0
ip addr add 203.0.113.2/24 dev wan0
ip link set lan0 up
ip link set wan0 up
ip netns exec lan ip link set lo up
ip netns exec lan ip addr add 192.168.1.10/24 dev eth0
ip netns exec lan ip link set eth0 up
ip netns exec lan ip route add default via 192.168.1.1
ip netns exec wan ip link set lo up
ip netns exec wan ip addr add 203.0.113.1/24 dev eth0
ip netns exec wan ip link set eth0 up
ip netns exec wan ip route add 192.168.1.0/24 via 203.0.113.2
ip netns exec wan serve tcp 80 --name web
ip netns exec wan serve udp 53 --name dns
sysctl -w net.ipv4.ip_forward=1
iptables -P FORWARD DROP
iptables -N LAN_OUT
iptables -A FORWARD -m conntrack --ctstate ESTABLISHED -j ACCEPT
iptables -A FORWARD -i lan0 -j LAN_OUT
iptables -A LAN_OUT -p tcp --dport 80 -c 100 20000 -j ACCEPT
iptables -A LAN_OUT -p udp --dport 53 -j ACCEPT
ip netns exec lan probe tcp 203.0.113.1 80
ip netns exec lan probe udp 203.0.113.1 53
ip netns exec lan probe icmp 203.0.113.1
iptables -S FORWARD -v
iptables -S LAN_OUT -v
iptables -R LAN_OUT 2 -p udp --dport 53 -j ACCEPT
iptables -I LAN_OUT 1 -p icmp -j ACCEPT
ip netns exec lan probe icmp 203.0.113.1
ip netns exec lan probe udp 203.0.113.1 53
iptables -L LAN_OUT -v -x -n --line-numbers
iptables -Z LAN_OUT 2
iptables -L FORWARD -v -x -n -Z
iptables -L FORWARD -v -x -n
ip netns exec lan probe tcp 203.0.113.1 80
iptables -E LAN_OUT lan_out
iptables-save -c -t filter > /tmp/fw.rules
iptables -F
iptables -X
iptables -P FORWARD ACCEPT
iptables-restore -c < /tmp/fw.rules
iptables -L -v -x -n
ip netns exec lan probe tcp 203.0.113.1 80
ip netns exec lan probe udp 203.0.113.1 54
iptables-restore -c --noflush <<'EOF'
*filter
[7:700] -A lan_out -p udp -j ACCEPT
COMMIT
EOF
ip netns exec lan probe udp 203.0.113.1 54
iptables -Z
iptables-save -c -t filter
ip netns exec lan probe tcp 203.0.113.1 80
iptables -L -v -n

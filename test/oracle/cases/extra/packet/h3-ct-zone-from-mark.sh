# CT --zone mark: the zone id comes from the packet mark set earlier in raw (per ingress interface),
# and only its low 16 bits count. Shown through ctstate counters and /proc/net/nf_conntrack.
ip netns add a
ip netns add b
ip link add va type veth peer name eth0 netns a
ip link add vb type veth peer name eth0 netns b
ip addr add 10.0.1.1/24 dev va
ip addr add 10.0.2.1/24 dev vb
ip link set va up
ip link set vb up
ip netns exec a ip link set lo up
ip netns exec a ip addr add 10.0.1.2/24 dev eth0
ip netns exec a ip link set eth0 up
ip netns exec b ip link set lo up
ip netns exec b ip addr add 10.0.2.2/24 dev eth0
ip netns exec b ip link set eth0 up
serve tcp 22 --name sshd
serve udp 53 --name dns
iptables -t raw -A PREROUTING -i va -j MARK --set-mark 0x10005
iptables -t raw -A PREROUTING -i vb -j MARK --set-mark 6
iptables -t raw -A PREROUTING -j CT --zone mark
iptables -t raw -A OUTPUT -d 10.0.1.2 -j CT --zone 5
iptables -A INPUT -m conntrack --ctstate NEW
iptables -A INPUT -m conntrack --ctstate ESTABLISHED
iptables -A OUTPUT -m conntrack --ctstate ESTABLISHED
iptables -A OUTPUT -m conntrack --ctstate NEW
iptables -A OUTPUT -m conntrack --ctstate INVALID -j DROP
ip netns exec a probe tcp 10.0.1.1 22
ip netns exec a probe udp 10.0.1.1 53
ip netns exec b probe tcp 10.0.2.1 22
ip netns exec b probe udp 10.0.2.1 53
grep -oE 'mark=[0-9]+ zone=[0-9]+ ' /proc/net/nf_conntrack | sort | uniq -c
iptables -L INPUT -v -x -n
iptables -L OUTPUT -v -x -n
iptables -t raw -S

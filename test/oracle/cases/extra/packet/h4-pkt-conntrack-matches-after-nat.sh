# Conntrack view after NAT, through counters: ctstate SNAT/DNAT in both directions, ctorig/ctrepl addresses and ports, ctdir, ctstatus after MASQUERADE and DNAT.
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
ip netns exec ext serve udp 53
sysctl -w net.ipv4.ip_forward=1
iptables -t nat -A POSTROUTING -o vext -j MASQUERADE
iptables -t nat -A PREROUTING -i vext -p tcp --dport 8080 -j DNAT --to-destination 10.244.0.2:80
ip netns exec pod serve tcp 80
iptables -A FORWARD -m conntrack --ctstate SNAT -j LOG --log-prefix "snat "
iptables -A FORWARD -m conntrack --ctstate DNAT -j LOG --log-prefix "dnat "
iptables -A FORWARD -m conntrack --ctstate SNAT --ctdir ORIGINAL
iptables -A FORWARD -m conntrack --ctstate SNAT --ctdir REPLY
iptables -A FORWARD -m conntrack --ctreplsrc 192.168.100.2 --ctrepldst 192.168.100.1
iptables -A FORWARD -m conntrack --ctorigsrc 10.244.0.2 --ctorigdst 192.168.100.2 -p udp
iptables -A FORWARD -m conntrack --ctproto udp --ctorigdstport 53
iptables -A FORWARD -m conntrack --ctorigdstport 8080 --ctreplsrcport 80
iptables -A FORWARD -m conntrack --ctstatus SEEN_REPLY
iptables -A FORWARD -m conntrack --ctstatus ASSURED
iptables -A FORWARD -m conntrack ! --ctstatus CONFIRMED
iptables -A FORWARD -m conntrack --ctstate NEW,ESTABLISHED --ctstatus NONE
ip netns exec pod probe tcp 192.168.100.2 80
ip netns exec pod probe udp 192.168.100.2 53
ip netns exec ext probe tcp 192.168.100.1 8080
iptables -L FORWARD -v -n -x
iptables -S FORWARD
iptables-save -c -t filter

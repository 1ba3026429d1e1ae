# Siblings of forward-policy-drop: interface wildcards, the return path forgotten for UDP and ICMP, RELATED ICMP errors through the router, FORWARD REJECT, a DOCKER-USER style chain.
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
ip netns exec ext ip route add 10.244.0.0/16 via 192.168.100.1
sysctl -w net.ipv4.ip_forward=1
iptables -P FORWARD DROP
iptables -A FORWARD -i vpo+ -o vex+ -j ACCEPT
ip netns exec pod probe udp 192.168.100.2 53
ip netns exec pod probe icmp 192.168.100.2
iptables -A FORWARD -o vpod -m state --state ESTABLISHED -j ACCEPT
ip netns exec pod probe udp 192.168.100.2 53
ip netns exec pod probe icmp 192.168.100.2
ip netns exec pod probe udp 192.168.100.2 54
iptables -R FORWARD 2 -o vpod -m state --state ESTABLISHED,RELATED -j ACCEPT
ip netns exec pod probe udp 192.168.100.2 54
ip netns exec ext probe tcp 10.244.0.2 22
iptables -N DOCKER-USER
iptables -I FORWARD -j DOCKER-USER
iptables -A DOCKER-USER -p tcp --dport 80 -j REJECT --reject-with tcp-reset
iptables -A DOCKER-USER -j RETURN
ip netns exec pod probe tcp 192.168.100.2 80
iptables -I DOCKER-USER -s 10.244.0.2 -p tcp --dport 80 -j RETURN
ip netns exec pod probe tcp 192.168.100.2 80
iptables -A FORWARD -i vext -p tcp --dport 22 -j REJECT --reject-with icmp-admin-prohibited
ip netns exec ext probe tcp 10.244.0.2 22
iptables -L FORWARD -v -n --line-numbers
iptables -L DOCKER-USER -v -n
iptables-save -c -t filter

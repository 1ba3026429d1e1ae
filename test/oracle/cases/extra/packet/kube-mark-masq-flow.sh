ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client ip route add default via 10.0.0.1
ip netns add server
ip link add veth1 type veth peer name eth0 netns server
ip addr add 10.1.0.1/24 dev veth1
ip link set veth1 up
ip netns exec server ip addr add 10.1.0.2/24 dev eth0
ip netns exec server ip link set eth0 up
ip netns exec server ip link set lo up
ip netns exec server ip route add default via 10.1.0.1
ip netns exec server serve tcp 8080 --name pod
sysctl -w net.ipv4.ip_forward=1
iptables -t nat -N KUBE-MARK-MASQ
iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x4000
iptables -t nat -N KUBE-POSTROUTING
iptables -t nat -A POSTROUTING -j KUBE-POSTROUTING
iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x4000
iptables -t nat -A KUBE-POSTROUTING -j MASQUERADE
iptables -t nat -A PREROUTING -p tcp --dport 30080 -m addrtype --dst-type LOCAL -j KUBE-MARK-MASQ
iptables -t nat -A PREROUTING -p tcp --dport 30080 -m addrtype --dst-type LOCAL -j DNAT --to-destination 10.1.0.2:8080
iptables -A FORWARD -m mark --mark 0x4000/0x4000 -j ACCEPT
ip netns exec client probe tcp 10.0.0.1 30080
ip netns exec client probe tcp 10.1.0.1 30080
iptables -t nat -L -v -n
iptables -L FORWARD -v -n

# Siblings of kube-clusterip-wrong-targetport: endpoint IP of a deleted pod (no ARP answer), endpoint in no routed range, service port mismatch, UDP endpoint with no listener.
ip netns add client
ip netns add pod1
ip link add vcli type veth peer name eth0
ip link set eth0 netns client
ip link add vpod1 type veth peer name eth0
ip link set eth0 netns pod1
ip addr add 192.168.100.1/24 dev vcli
ip addr add 10.244.1.1/24 dev vpod1
ip link set vcli up
ip link set vpod1 up
ip netns exec client ip link set lo up
ip netns exec client ip addr add 192.168.100.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip route add default via 192.168.100.1
ip netns exec pod1 ip link set lo up
ip netns exec pod1 ip addr add 10.244.1.2/24 dev eth0
ip netns exec pod1 ip link set eth0 up
ip netns exec pod1 ip route add default via 10.244.1.1
ip netns exec pod1 serve tcp 8080
sysctl -w net.ipv4.ip_forward=1
ip route add default via 192.168.100.2
ip netns exec pod1 serve udp 5353
iptables-restore <<'EOF2'
*nat
:KUBE-SERVICES - [0:0]
:KUBE-SEP-GONE - [0:0]
:KUBE-SEP-NOROUTE - [0:0]
:KUBE-SEP-DNS - [0:0]
-A PREROUTING -j KUBE-SERVICES
-A OUTPUT -j KUBE-SERVICES
-A KUBE-SERVICES -d 10.96.0.21/32 -p tcp -m tcp --dport 80 -j KUBE-SEP-GONE
-A KUBE-SERVICES -d 10.96.0.22/32 -p tcp -m tcp --dport 80 -j KUBE-SEP-NOROUTE
-A KUBE-SERVICES -d 10.96.0.23/32 -p tcp -m tcp --dport 8080 -j KUBE-SEP-NOROUTE
-A KUBE-SERVICES -d 10.96.0.53/32 -p udp -m udp --dport 53 -j KUBE-SEP-DNS
-A KUBE-SEP-GONE -p tcp -m tcp -j DNAT --to-destination 10.244.1.7:8080
-A KUBE-SEP-NOROUTE -p tcp -m tcp -j DNAT --to-destination 172.31.0.5:8080
-A KUBE-SEP-DNS -p udp -m udp -j DNAT --to-destination 10.244.1.2:53
COMMIT
EOF2
ip netns exec client probe tcp 10.96.0.21 80
ip netns exec client probe tcp 10.96.0.22 80
ip netns exec client probe tcp 10.96.0.23 80
ip netns exec client probe udp 10.96.0.53 53
iptables -t nat -R KUBE-SEP-DNS 1 -p udp -m udp -j DNAT --to-destination 10.244.1.2:5353
ip netns exec client probe udp 10.96.0.53 53
ip route del default
ip netns exec client probe tcp 10.96.0.22 80
probe tcp 10.96.0.22 80
iptables -t nat -L -v -n
iptables-save -c -t nat

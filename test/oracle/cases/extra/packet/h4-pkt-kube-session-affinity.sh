# Sibling of kube-clusterip-nth with sessionAffinity: ClientIP: -m recent --rcheck/--set per endpoint keeps a client on the endpoint it got first, whatever the nth split says; a second client is spread as before.
ip netns add client
ip netns add pod1
ip netns add pod2
ip link add vcli type veth peer name eth0
ip link set eth0 netns client
ip link add vpod1 type veth peer name eth0
ip link set eth0 netns pod1
ip link add vpod2 type veth peer name eth0
ip link set eth0 netns pod2
ip addr add 192.168.100.1/24 dev vcli
ip addr add 10.244.1.1/24 dev vpod1
ip addr add 10.244.2.1/24 dev vpod2
ip link set vcli up
ip link set vpod1 up
ip link set vpod2 up
ip netns exec client ip link set lo up
ip netns exec client ip addr add 192.168.100.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip route add default via 192.168.100.1
ip netns exec pod1 ip link set lo up
ip netns exec pod1 ip addr add 10.244.1.2/24 dev eth0
ip netns exec pod1 ip link set eth0 up
ip netns exec pod1 ip route add default via 10.244.1.1
ip netns exec pod2 ip link set lo up
ip netns exec pod2 ip addr add 10.244.2.2/24 dev eth0
ip netns exec pod2 ip link set eth0 up
ip netns exec pod2 ip route add default via 10.244.2.1
ip netns exec pod1 serve tcp 8080
ip netns exec pod2 serve tcp 8080
sysctl -w net.ipv4.ip_forward=1
ip netns add client2
ip link add vcli2 type veth peer name eth0
ip link set eth0 netns client2
ip addr add 192.168.101.1/24 dev vcli2
ip link set vcli2 up
ip netns exec client2 ip link set lo up
ip netns exec client2 ip addr add 192.168.101.2/24 dev eth0
ip netns exec client2 ip link set eth0 up
ip netns exec client2 ip route add default via 192.168.101.1
iptables-restore <<'EOF2'
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:KUBE-SERVICES - [0:0]
:KUBE-SVC-WEB - [0:0]
:KUBE-SEP-WEB1 - [0:0]
:KUBE-SEP-WEB2 - [0:0]
-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A KUBE-SERVICES -d 10.96.0.10/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-SVC-WEB
-A KUBE-SVC-WEB -m comment --comment "default/web -> 10.244.1.2:8080" -m recent --rcheck --seconds 10800 --reap --name KUBE-SEP-WEB1 --mask 255.255.255.255 --rsource -j KUBE-SEP-WEB1
-A KUBE-SVC-WEB -m comment --comment "default/web -> 10.244.2.2:8080" -m recent --rcheck --seconds 10800 --reap --name KUBE-SEP-WEB2 --mask 255.255.255.255 --rsource -j KUBE-SEP-WEB2
-A KUBE-SVC-WEB -m comment --comment "default/web -> 10.244.1.2:8080" -m statistic --mode nth --every 2 --packet 0 -j KUBE-SEP-WEB1
-A KUBE-SVC-WEB -m comment --comment "default/web -> 10.244.2.2:8080" -j KUBE-SEP-WEB2
-A KUBE-SEP-WEB1 -p tcp -m comment --comment "default/web" -m recent --set --name KUBE-SEP-WEB1 --mask 255.255.255.255 --rsource -m tcp -j DNAT --to-destination 10.244.1.2:8080
-A KUBE-SEP-WEB2 -p tcp -m comment --comment "default/web" -m recent --set --name KUBE-SEP-WEB2 --mask 255.255.255.255 --rsource -m tcp -j DNAT --to-destination 10.244.2.2:8080
COMMIT
EOF2
ip netns exec client probe tcp 10.96.0.10 80
ip netns exec client probe tcp 10.96.0.10 80
ip netns exec client probe tcp 10.96.0.10 80
ip netns exec client2 probe tcp 10.96.0.10 80
ip netns exec client2 probe tcp 10.96.0.10 80
cat /proc/net/xt_recent/KUBE-SEP-WEB1 | cut -d' ' -f1
cat /proc/net/xt_recent/KUBE-SEP-WEB2 | cut -d' ' -f1
iptables -t nat -L KUBE-SVC-WEB -v -n
iptables-save -c -t nat

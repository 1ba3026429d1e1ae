# Siblings of kube-clusterip-*: UDP service with nth, hairpin fixed by KUBE-MARK-MASQ, a service without endpoints (REJECT), node-local access through OUTPUT.
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
ip netns exec pod1 serve udp 53
ip netns exec pod2 serve udp 53
iptables-restore <<'EOF2'
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:KUBE-MARK-MASQ - [0:0]
:KUBE-POSTROUTING - [0:0]
:KUBE-SERVICES - [0:0]
:KUBE-SVC-DNS - [0:0]
:KUBE-SVC-WEB - [0:0]
:KUBE-SEP-DNS1 - [0:0]
:KUBE-SEP-DNS2 - [0:0]
:KUBE-SEP-WEB1 - [0:0]
:KUBE-SEP-WEB2 - [0:0]
-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING
-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000
-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
-A KUBE-POSTROUTING -j MARK --set-xmark 0x4000/0x0
-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully
-A KUBE-SERVICES -d 10.96.0.10/32 -p udp -m comment --comment "kube-system/dns:dns cluster IP" -m udp --dport 53 -j KUBE-SVC-DNS
-A KUBE-SERVICES -d 10.96.0.20/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-SVC-WEB
-A KUBE-SVC-DNS -m comment --comment "kube-system/dns:dns -> 10.244.1.2:53" -m statistic --mode nth --every 2 --packet 0 -j KUBE-SEP-DNS1
-A KUBE-SVC-DNS -m comment --comment "kube-system/dns:dns -> 10.244.2.2:53" -j KUBE-SEP-DNS2
-A KUBE-SVC-WEB ! -s 10.244.0.0/16 -d 10.96.0.20/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ
-A KUBE-SVC-WEB -m comment --comment "default/web -> 10.244.2.2:8080" -j KUBE-SEP-WEB2
-A KUBE-SEP-DNS1 -s 10.244.1.2/32 -m comment --comment "kube-system/dns:dns" -j KUBE-MARK-MASQ
-A KUBE-SEP-DNS1 -p udp -m comment --comment "kube-system/dns:dns" -m udp -j DNAT --to-destination 10.244.1.2:53
-A KUBE-SEP-DNS2 -s 10.244.2.2/32 -m comment --comment "kube-system/dns:dns" -j KUBE-MARK-MASQ
-A KUBE-SEP-DNS2 -p udp -m comment --comment "kube-system/dns:dns" -m udp -j DNAT --to-destination 10.244.2.2:53
-A KUBE-SEP-WEB2 -s 10.244.2.2/32 -m comment --comment "default/web" -j KUBE-MARK-MASQ
-A KUBE-SEP-WEB2 -p tcp -m comment --comment "default/web" -m tcp -j DNAT --to-destination 10.244.2.2:8080
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:KUBE-SERVICES - [0:0]
-A INPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A OUTPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A KUBE-SERVICES -d 10.96.0.30/32 -p tcp -m comment --comment "default/empty has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable
COMMIT
EOF2
ip netns exec client probe udp 10.96.0.10 53
ip netns exec client probe udp 10.96.0.10 53
ip netns exec client probe udp 10.96.0.10 53
ip netns exec pod1 probe udp 10.96.0.10 53
ip netns exec pod1 probe udp 10.96.0.10 53
ip netns exec pod2 probe tcp 10.96.0.20 80
ip netns exec client probe tcp 10.96.0.20 80
ip netns exec client probe tcp 10.96.0.30 80
ip netns exec pod1 probe tcp 10.96.0.30 80
ip route add 10.96.0.0/12 dev vpod1
probe tcp 10.96.0.20 80
probe udp 10.96.0.10 53
probe tcp 10.96.0.30 80
iptables -L KUBE-SERVICES -v -n
iptables-save -c -t nat

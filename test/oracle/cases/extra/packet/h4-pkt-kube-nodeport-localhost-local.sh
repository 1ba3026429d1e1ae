# Siblings of kube-nodeport: localhost NodePort needs route_localnet and masquerade, UDP NodePort, externalTrafficPolicy Local keeps the client address, KUBE-MARK-DROP.
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
ip netns exec pod1 serve udp 5353
iptables-restore <<'EOF2'
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:KUBE-MARK-MASQ - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-POSTROUTING - [0:0]
:KUBE-SEP-WEB1 - [0:0]
:KUBE-SEP-DNS1 - [0:0]
:KUBE-SERVICES - [0:0]
:KUBE-SVC-WEB - [0:0]
:KUBE-SVL-WEB - [0:0]
:KUBE-SVC-DNS - [0:0]
:KUBE-EXT-WEB - [0:0]
-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING
-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000
-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
-A KUBE-POSTROUTING -j MARK --set-xmark 0x4000/0x0
-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE
-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS
-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web" -m tcp --dport 30080 -j KUBE-EXT-WEB
-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web-local" -m tcp --dport 30090 -j KUBE-SVL-WEB
-A KUBE-NODEPORTS -p udp -m comment --comment "default/dns" -m udp --dport 30053 -j KUBE-SVC-DNS
-A KUBE-EXT-WEB -m comment --comment "masquerade traffic for default/web external destinations" -j KUBE-MARK-MASQ
-A KUBE-EXT-WEB -j KUBE-SVC-WEB
-A KUBE-SVC-WEB -m comment --comment "default/web -> 10.244.1.2:8080" -j KUBE-SEP-WEB1
-A KUBE-SVL-WEB -m comment --comment "default/web-local -> 10.244.1.2:8080" -j KUBE-SEP-WEB1
-A KUBE-SVC-DNS -j KUBE-MARK-MASQ
-A KUBE-SVC-DNS -j KUBE-SEP-DNS1
-A KUBE-SEP-WEB1 -p tcp -m comment --comment "default/web" -m tcp -j DNAT --to-destination 10.244.1.2:8080
-A KUBE-SEP-DNS1 -p udp -m udp -j DNAT --to-destination 10.244.1.2:5353
COMMIT
EOF2
ip netns exec client probe tcp 192.168.100.1 30090
ip netns exec client probe tcp 10.244.1.1 30080
ip netns exec client probe udp 192.168.100.1 30053
probe tcp 127.0.0.1 30080
sysctl -w net.ipv4.conf.all.route_localnet=1
probe tcp 127.0.0.1 30080
probe tcp 127.0.0.1 30090
probe udp 127.0.0.1 30053
iptables -t nat -L KUBE-NODEPORTS -v -n
iptables-save -c -t nat

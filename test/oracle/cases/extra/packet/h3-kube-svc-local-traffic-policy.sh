# kube-proxy style rules: ClusterIP with 2 endpoints (nth), NodePort with externalTrafficPolicy=Local.
ip netns add client
ip netns add pod1
ip netns add pod2
ip link add vcl type veth peer name eth0 netns client
ip link add vp1 type veth peer name eth0 netns pod1
ip link add vp2 type veth peer name eth0 netns pod2
ip addr add 172.16.0.1/24 dev vcl
ip addr add 10.244.1.1/32 dev vp1
ip addr add 10.244.1.1/32 dev vp2
ip link set vcl up
ip link set vp1 up
ip link set vp2 up
ip route add 10.244.1.2/32 dev vp1
ip route add 10.244.1.3/32 dev vp2
ip netns exec client ip link set lo up
ip netns exec client ip addr add 172.16.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip route add default via 172.16.0.1
ip netns exec pod1 ip link set lo up
ip netns exec pod1 ip addr add 10.244.1.2/24 dev eth0
ip netns exec pod1 ip link set eth0 up
ip netns exec pod1 ip route add default via 10.244.1.1 dev eth0 onlink
ip netns exec pod2 ip link set lo up
ip netns exec pod2 ip addr add 10.244.1.3/24 dev eth0
ip netns exec pod2 ip link set eth0 up
ip netns exec pod2 ip route add default via 10.244.1.1 dev eth0 onlink
ip netns exec pod1 serve tcp 8080 --name pod1
ip netns exec pod2 serve tcp 8080 --name pod2
sysctl -w net.ipv4.ip_forward=1
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:KUBE-FORWARD - [0:0]
-A FORWARD -m comment --comment "kubernetes forwarding rules" -j KUBE-FORWARD
-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x4000/0x4000 -j ACCEPT
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:KUBE-EXT-WEB - [0:0]
:KUBE-MARK-MASQ - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-POSTROUTING - [0:0]
:KUBE-SEP-ONE - [0:0]
:KUBE-SEP-TWO - [0:0]
:KUBE-SERVICES - [0:0]
:KUBE-SVC-WEB - [0:0]
:KUBE-SVL-WEB - [0:0]
-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING
-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000
-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
-A KUBE-POSTROUTING -j MARK --set-xmark 0x4000/0x0
-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully
-A KUBE-SERVICES -d 10.96.0.10/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-SVC-WEB
-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS
-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web" -m tcp --dport 30080 -j KUBE-EXT-WEB
-A KUBE-EXT-WEB -s 10.244.0.0/16 -m comment --comment "pod traffic for default/web external destinations" -j KUBE-SVC-WEB
-A KUBE-EXT-WEB -m comment --comment "masquerade LOCAL traffic for default/web external destinations" -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ
-A KUBE-EXT-WEB -m comment --comment "route LOCAL traffic for default/web external destinations" -m addrtype --src-type LOCAL -j KUBE-SVC-WEB
-A KUBE-EXT-WEB -j KUBE-SVL-WEB
-A KUBE-SVC-WEB ! -s 10.244.0.0/16 -d 10.96.0.10/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ
-A KUBE-SVC-WEB -m comment --comment "default/web -> 10.244.1.2:8080" -m statistic --mode nth --every 2 --packet 0 -j KUBE-SEP-ONE
-A KUBE-SVC-WEB -m comment --comment "default/web -> 10.244.1.3:8080" -j KUBE-SEP-TWO
-A KUBE-SVL-WEB -m comment --comment "default/web -> 10.244.1.3:8080" -j KUBE-SEP-TWO
-A KUBE-SEP-ONE -s 10.244.1.2/32 -m comment --comment "default/web" -j KUBE-MARK-MASQ
-A KUBE-SEP-ONE -p tcp -m comment --comment "default/web" -m tcp -j DNAT --to-destination 10.244.1.2:8080
-A KUBE-SEP-TWO -s 10.244.1.3/32 -m comment --comment "default/web" -j KUBE-MARK-MASQ
-A KUBE-SEP-TWO -p tcp -m comment --comment "default/web" -m tcp -j DNAT --to-destination 10.244.1.3:8080
COMMIT
EOF
ip netns exec client probe tcp 10.96.0.10 80
ip route add default via 172.16.0.2
ip netns exec client ip route add 10.96.0.0/12 via 172.16.0.1
ip netns exec client probe tcp 10.96.0.10 80
ip netns exec client probe tcp 10.96.0.10 80
ip netns exec client probe tcp 10.96.0.10 80
ip netns exec client probe tcp 172.16.0.1 30080
ip netns exec client probe tcp 172.16.0.1 30080
probe tcp 172.16.0.1 30080
probe tcp 10.96.0.10 80
ip netns exec pod1 probe tcp 10.96.0.10 80
ip netns exec pod1 probe tcp 10.96.0.10 80
iptables-save -c -t nat
iptables -L KUBE-FORWARD -v -x -n

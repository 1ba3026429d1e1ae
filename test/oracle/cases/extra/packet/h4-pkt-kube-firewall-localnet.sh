# kube-proxy's KUBE-FIREWALL next to route_localnet: DNAT to 127.0.0.1 passes its ! --ctstate RELATED,ESTABLISHED,DNAT drop, the mark 0x8000 drop catches KUBE-MARK-DROP'd packets.
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 9000 --name localonly
serve tcp 9001 --name local2
sysctl -w net.ipv4.conf.all.route_localnet=1
iptables-restore --noflush <<'EOF2'
*nat
:KUBE-MARK-DROP - [0:0]
-A KUBE-MARK-DROP -j MARK --set-xmark 0x8000/0x8000
-A PREROUTING -i veth0 -p tcp --dport 80 -j DNAT --to-destination 127.0.0.1:9000
-A PREROUTING -i veth0 -p tcp --dport 81 -j KUBE-MARK-DROP
-A PREROUTING -i veth0 -p tcp --dport 81 -j DNAT --to-destination 127.0.0.1:9001
COMMIT
*filter
:KUBE-FIREWALL - [0:0]
-A INPUT -j KUBE-FIREWALL
-A OUTPUT -j KUBE-FIREWALL
-A KUBE-FIREWALL ! -s 127.0.0.0/8 -d 127.0.0.0/8 -m comment --comment "block incoming localnet connections" -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP
-A KUBE-FIREWALL -m comment --comment "kubernetes firewall for dropping marked packets" -m mark --mark 0x8000/0x8000 -j DROP
COMMIT
EOF2
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 81
probe tcp 127.0.0.1 9000
ip addr add 127.0.0.5/8 dev veth0
probe tcp 127.0.0.5 9001
iptables -L KUBE-FIREWALL -v -n
iptables-save -c -t nat

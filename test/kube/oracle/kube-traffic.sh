# Calico-style node, kube-proxy (iptables mode) rules as our emulation writes them, traffic probes
ip netns add outside
ip link add eth0 type veth peer name eth0 netns outside
ip addr add 192.168.1.10/24 dev eth0
ip link set eth0 up
ip -n outside addr add 192.168.1.1/24 dev eth0
ip -n outside link set lo up
ip -n outside link set eth0 up
ip -n outside route add 10.96.0.0/12 via 192.168.1.10
ip route add default via 192.168.1.1
sysctl -q -w net.ipv4.ip_forward=1
ip netns add web-1
ip link add cali0 type veth peer name eth0 netns web-1
sysctl -q -w net.ipv4.conf.cali0.proxy_arp=1
sysctl -q -w net.ipv4.neigh.cali0.proxy_delay=0
ip link set cali0 up
ip route add 10.244.1.5 dev cali0 scope link
ip -n web-1 link set lo up
ip -n web-1 addr add 10.244.1.5/32 dev eth0
ip -n web-1 link set eth0 up
ip -n web-1 route add default via 169.254.1.1 dev eth0 onlink
ip netns exec web-1 serve tcp 8080
ip netns add web-2
ip link add cali1 type veth peer name eth0 netns web-2
sysctl -q -w net.ipv4.conf.cali1.proxy_arp=1
sysctl -q -w net.ipv4.neigh.cali1.proxy_delay=0
ip link set cali1 up
ip route add 10.244.1.6 dev cali1 scope link
ip -n web-2 link set lo up
ip -n web-2 addr add 10.244.1.6/32 dev eth0
ip -n web-2 link set eth0 up
ip -n web-2 route add default via 169.254.1.1 dev eth0 onlink
ip netns exec web-2 serve tcp 8080
ip netns add client
ip link add cali2 type veth peer name eth0 netns client
sysctl -q -w net.ipv4.conf.cali2.proxy_arp=1
sysctl -q -w net.ipv4.neigh.cali2.proxy_delay=0
ip link set cali2 up
ip route add 10.244.1.9 dev cali2 scope link
ip -n client link set lo up
ip -n client addr add 10.244.1.9/32 dev eth0
ip -n client link set eth0 up
ip -n client route add default via 169.254.1.1 dev eth0 onlink
iptables -w 5 -W 100000 -N KUBE-IPTABLES-HINT -t mangle
iptables -w 5 -W 100000 -N KUBE-FIREWALL -t filter
iptables -w 5 -W 100000 -C OUTPUT -t filter -j KUBE-FIREWALL
iptables -w 5 -W 100000 -I OUTPUT -t filter -j KUBE-FIREWALL
iptables -w 5 -W 100000 -C INPUT -t filter -j KUBE-FIREWALL
iptables -w 5 -W 100000 -I INPUT -t filter -j KUBE-FIREWALL
iptables -w 5 -W 100000 -C KUBE-FIREWALL -t filter -m comment --comment 'block incoming localnet connections' --dst 127.0.0.0/8 '!' --src 127.0.0.0/8 -m conntrack '!' --ctstate RELATED,ESTABLISHED,DNAT -j DROP
iptables -w 5 -W 100000 -A KUBE-FIREWALL -t filter -m comment --comment 'block incoming localnet connections' --dst 127.0.0.0/8 '!' --src 127.0.0.0/8 -m conntrack '!' --ctstate RELATED,ESTABLISHED,DNAT -j DROP
iptables -w 5 -W 100000 -N KUBE-KUBELET-CANARY -t mangle
iptables -w 5 -W 100000 -N KUBE-KUBELET-CANARY -t nat
iptables -w 5 -W 100000 -N KUBE-KUBELET-CANARY -t filter
sysctl -q -w net.ipv4.conf.all.route_localnet=1
iptables -w 5 -W 100000 -N KUBE-PROXY-CANARY -t mangle
iptables -w 5 -W 100000 -N KUBE-PROXY-CANARY -t nat
iptables -w 5 -W 100000 -N KUBE-PROXY-CANARY -t filter
iptables -w 5 -W 100000 -N KUBE-EXTERNAL-SERVICES -t filter
iptables -w 5 -W 100000 -C INPUT -t filter -m conntrack --ctstate NEW -m comment --comment 'kubernetes externally-visible service portals' -j KUBE-EXTERNAL-SERVICES
iptables -w 5 -W 100000 -I INPUT -t filter -m conntrack --ctstate NEW -m comment --comment 'kubernetes externally-visible service portals' -j KUBE-EXTERNAL-SERVICES
iptables -w 5 -W 100000 -N KUBE-EXTERNAL-SERVICES -t filter
iptables -w 5 -W 100000 -C FORWARD -t filter -m conntrack --ctstate NEW -m comment --comment 'kubernetes externally-visible service portals' -j KUBE-EXTERNAL-SERVICES
iptables -w 5 -W 100000 -I FORWARD -t filter -m conntrack --ctstate NEW -m comment --comment 'kubernetes externally-visible service portals' -j KUBE-EXTERNAL-SERVICES
iptables -w 5 -W 100000 -N KUBE-NODEPORTS -t filter
iptables -w 5 -W 100000 -C INPUT -t filter -m comment --comment 'kubernetes health check service ports' -j KUBE-NODEPORTS
iptables -w 5 -W 100000 -I INPUT -t filter -m comment --comment 'kubernetes health check service ports' -j KUBE-NODEPORTS
iptables -w 5 -W 100000 -N KUBE-SERVICES -t filter
iptables -w 5 -W 100000 -C FORWARD -t filter -m conntrack --ctstate NEW -m comment --comment 'kubernetes service portals' -j KUBE-SERVICES
iptables -w 5 -W 100000 -I FORWARD -t filter -m conntrack --ctstate NEW -m comment --comment 'kubernetes service portals' -j KUBE-SERVICES
iptables -w 5 -W 100000 -N KUBE-SERVICES -t filter
iptables -w 5 -W 100000 -C OUTPUT -t filter -m conntrack --ctstate NEW -m comment --comment 'kubernetes service portals' -j KUBE-SERVICES
iptables -w 5 -W 100000 -I OUTPUT -t filter -m conntrack --ctstate NEW -m comment --comment 'kubernetes service portals' -j KUBE-SERVICES
iptables -w 5 -W 100000 -N KUBE-FORWARD -t filter
iptables -w 5 -W 100000 -C FORWARD -t filter -m comment --comment 'kubernetes forwarding rules' -j KUBE-FORWARD
iptables -w 5 -W 100000 -I FORWARD -t filter -m comment --comment 'kubernetes forwarding rules' -j KUBE-FORWARD
iptables -w 5 -W 100000 -N KUBE-PROXY-FIREWALL -t filter
iptables -w 5 -W 100000 -C INPUT -t filter -m conntrack --ctstate NEW -m comment --comment 'kubernetes load balancer firewall' -j KUBE-PROXY-FIREWALL
iptables -w 5 -W 100000 -I INPUT -t filter -m conntrack --ctstate NEW -m comment --comment 'kubernetes load balancer firewall' -j KUBE-PROXY-FIREWALL
iptables -w 5 -W 100000 -N KUBE-PROXY-FIREWALL -t filter
iptables -w 5 -W 100000 -C OUTPUT -t filter -m conntrack --ctstate NEW -m comment --comment 'kubernetes load balancer firewall' -j KUBE-PROXY-FIREWALL
iptables -w 5 -W 100000 -I OUTPUT -t filter -m conntrack --ctstate NEW -m comment --comment 'kubernetes load balancer firewall' -j KUBE-PROXY-FIREWALL
iptables -w 5 -W 100000 -N KUBE-PROXY-FIREWALL -t filter
iptables -w 5 -W 100000 -C FORWARD -t filter -m conntrack --ctstate NEW -m comment --comment 'kubernetes load balancer firewall' -j KUBE-PROXY-FIREWALL
iptables -w 5 -W 100000 -I FORWARD -t filter -m conntrack --ctstate NEW -m comment --comment 'kubernetes load balancer firewall' -j KUBE-PROXY-FIREWALL
iptables -w 5 -W 100000 -N KUBE-SERVICES -t nat
iptables -w 5 -W 100000 -C OUTPUT -t nat -m comment --comment 'kubernetes service portals' -j KUBE-SERVICES
iptables -w 5 -W 100000 -I OUTPUT -t nat -m comment --comment 'kubernetes service portals' -j KUBE-SERVICES
iptables -w 5 -W 100000 -N KUBE-SERVICES -t nat
iptables -w 5 -W 100000 -C PREROUTING -t nat -m comment --comment 'kubernetes service portals' -j KUBE-SERVICES
iptables -w 5 -W 100000 -I PREROUTING -t nat -m comment --comment 'kubernetes service portals' -j KUBE-SERVICES
iptables -w 5 -W 100000 -N KUBE-POSTROUTING -t nat
iptables -w 5 -W 100000 -C POSTROUTING -t nat -m comment --comment 'kubernetes postrouting rules' -j KUBE-POSTROUTING
iptables -w 5 -W 100000 -I POSTROUTING -t nat -m comment --comment 'kubernetes postrouting rules' -j KUBE-POSTROUTING
iptables -w 5 -W 100000 -N KUBE-FIREWALL -t filter
iptables -w 5 -W 100000 -C INPUT -t filter -j KUBE-FIREWALL
iptables -w 5 -W 100000 -N KUBE-FIREWALL -t filter
iptables -w 5 -W 100000 -C OUTPUT -t filter -j KUBE-FIREWALL
iptables-restore -w 5 -W 100000 --noflush --counters <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
:KUBE-EXTERNAL-SERVICES - [0:0]
:KUBE-FORWARD - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-PROXY-FIREWALL - [0:0]
:KUBE-FIREWALL - [0:0]
-A KUBE-FIREWALL -m comment --comment "block incoming localnet connections" -d 127.0.0.0/8 ! -s 127.0.0.0/8 -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP
-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x00004000/0x00004000 -j ACCEPT
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
COMMIT
*nat
:KUBE-SERVICES - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-POSTROUTING - [0:0]
:KUBE-MARK-MASQ - [0:0]
-A KUBE-POSTROUTING -m mark ! --mark 0x00004000/0x00004000 -j RETURN
-A KUBE-POSTROUTING -j MARK --xor-mark 0x00004000
-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully
-A KUBE-MARK-MASQ -j MARK --or-mark 0x00004000
-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS
COMMIT
EOF
iptables-restore -w 5 -W 100000 --noflush --counters <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
:KUBE-EXTERNAL-SERVICES - [0:0]
:KUBE-FORWARD - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-PROXY-FIREWALL - [0:0]
:KUBE-FIREWALL - [0:0]
-A KUBE-FIREWALL -m comment --comment "block incoming localnet connections" -d 127.0.0.0/8 ! -s 127.0.0.0/8 -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP
-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x00004000/0x00004000 -j ACCEPT
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
COMMIT
*nat
:KUBE-SERVICES - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-POSTROUTING - [0:0]
:KUBE-MARK-MASQ - [0:0]
:KUBE-SVC-CDGGSHYLG3RE2FKL - [0:0]
:KUBE-SEP-AFGSLHOD2HFNCBX4 - [0:0]
-A KUBE-POSTROUTING -m mark ! --mark 0x00004000/0x00004000 -j RETURN
-A KUBE-POSTROUTING -j MARK --xor-mark 0x00004000
-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully
-A KUBE-MARK-MASQ -j MARK --or-mark 0x00004000
-A KUBE-SERVICES -m comment --comment "default/web:http cluster IP" -m tcp -p tcp -d 10.96.0.100 --dport 80 -j KUBE-SVC-CDGGSHYLG3RE2FKL
-A KUBE-SVC-CDGGSHYLG3RE2FKL -m comment --comment "default/web:http cluster IP" -m tcp -p tcp -d 10.96.0.100 --dport 80 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ
-A KUBE-SVC-CDGGSHYLG3RE2FKL -m comment --comment "default/web:http -> 10.244.1.5:8080" -j KUBE-SEP-AFGSLHOD2HFNCBX4
-A KUBE-SEP-AFGSLHOD2HFNCBX4 -m comment --comment default/web:http -s 10.244.1.5 -j KUBE-MARK-MASQ
-A KUBE-SEP-AFGSLHOD2HFNCBX4 -m comment --comment default/web:http -m tcp -p tcp -j DNAT --to-destination 10.244.1.5:8080
-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS
COMMIT
EOF
iptables-restore -w 5 -W 100000 --noflush --counters <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
:KUBE-EXTERNAL-SERVICES - [0:0]
:KUBE-FORWARD - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-PROXY-FIREWALL - [0:0]
:KUBE-FIREWALL - [0:0]
-A KUBE-FIREWALL -m comment --comment "block incoming localnet connections" -d 127.0.0.0/8 ! -s 127.0.0.0/8 -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP
-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x00004000/0x00004000 -j ACCEPT
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
COMMIT
*nat
:KUBE-SERVICES - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-POSTROUTING - [0:0]
:KUBE-MARK-MASQ - [0:0]
:KUBE-EXT-2262UYG6EQJDKK3I - [0:0]
:KUBE-SVC-2262UYG6EQJDKK3I - [0:0]
:KUBE-SEP-HUYZG3CKEEIWMHS5 - [0:0]
-A KUBE-POSTROUTING -m mark ! --mark 0x00004000/0x00004000 -j RETURN
-A KUBE-POSTROUTING -j MARK --xor-mark 0x00004000
-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully
-A KUBE-MARK-MASQ -j MARK --or-mark 0x00004000
-A KUBE-SERVICES -m comment --comment "default/web:http cluster IP" -m tcp -p tcp -d 10.96.0.100 --dport 80 -j KUBE-SVC-CDGGSHYLG3RE2FKL
-A KUBE-SERVICES -m comment --comment "default/web-np:http cluster IP" -m tcp -p tcp -d 10.96.0.101 --dport 80 -j KUBE-SVC-2262UYG6EQJDKK3I
-A KUBE-NODEPORTS -m comment --comment default/web-np:http -m tcp -p tcp --dport 30080 -j KUBE-EXT-2262UYG6EQJDKK3I
-A KUBE-SVC-2262UYG6EQJDKK3I -m comment --comment "default/web-np:http cluster IP" -m tcp -p tcp -d 10.96.0.101 --dport 80 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ
-A KUBE-EXT-2262UYG6EQJDKK3I -m comment --comment "masquerade traffic for default/web-np:http external destinations" -j KUBE-MARK-MASQ
-A KUBE-EXT-2262UYG6EQJDKK3I -j KUBE-SVC-2262UYG6EQJDKK3I
-A KUBE-SVC-2262UYG6EQJDKK3I -m comment --comment "default/web-np:http -> 10.244.1.5:8080" -j KUBE-SEP-HUYZG3CKEEIWMHS5
-A KUBE-SEP-HUYZG3CKEEIWMHS5 -m comment --comment default/web-np:http -s 10.244.1.5 -j KUBE-MARK-MASQ
-A KUBE-SEP-HUYZG3CKEEIWMHS5 -m comment --comment default/web-np:http -m tcp -p tcp -j DNAT --to-destination 10.244.1.5:8080
-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS
COMMIT
EOF
iptables-restore -w 5 -W 100000 --noflush --counters <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
:KUBE-EXTERNAL-SERVICES - [0:0]
:KUBE-FORWARD - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-PROXY-FIREWALL - [0:0]
:KUBE-FIREWALL - [0:0]
-A KUBE-FIREWALL -m comment --comment "block incoming localnet connections" -d 127.0.0.0/8 ! -s 127.0.0.0/8 -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP
-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x00004000/0x00004000 -j ACCEPT
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
COMMIT
*nat
:KUBE-SERVICES - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-POSTROUTING - [0:0]
:KUBE-MARK-MASQ - [0:0]
:KUBE-EXT-V7ZMVOA2AOW6ATRL - [0:0]
:KUBE-SVC-V7ZMVOA2AOW6ATRL - [0:0]
:KUBE-SVL-V7ZMVOA2AOW6ATRL - [0:0]
:KUBE-SEP-HW5BSW6HZ6OI3FUP - [0:0]
-A KUBE-POSTROUTING -m mark ! --mark 0x00004000/0x00004000 -j RETURN
-A KUBE-POSTROUTING -j MARK --xor-mark 0x00004000
-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully
-A KUBE-MARK-MASQ -j MARK --or-mark 0x00004000
-A KUBE-SERVICES -m comment --comment "default/web:http cluster IP" -m tcp -p tcp -d 10.96.0.100 --dport 80 -j KUBE-SVC-CDGGSHYLG3RE2FKL
-A KUBE-SERVICES -m comment --comment "default/web-np:http cluster IP" -m tcp -p tcp -d 10.96.0.101 --dport 80 -j KUBE-SVC-2262UYG6EQJDKK3I
-A KUBE-NODEPORTS -m comment --comment default/web-np:http -m tcp -p tcp --dport 30080 -j KUBE-EXT-2262UYG6EQJDKK3I
-A KUBE-SERVICES -m comment --comment "default/web-local:http cluster IP" -m tcp -p tcp -d 10.96.0.102 --dport 80 -j KUBE-SVC-V7ZMVOA2AOW6ATRL
-A KUBE-NODEPORTS -m comment --comment default/web-local:http -m tcp -p tcp --dport 30081 -j KUBE-EXT-V7ZMVOA2AOW6ATRL
-A KUBE-SVC-V7ZMVOA2AOW6ATRL -m comment --comment "default/web-local:http cluster IP" -m tcp -p tcp -d 10.96.0.102 --dport 80 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ
-A KUBE-EXT-V7ZMVOA2AOW6ATRL -m comment --comment "pod traffic for default/web-local:http external destinations" -s 10.244.0.0/16 -j KUBE-SVC-V7ZMVOA2AOW6ATRL
-A KUBE-EXT-V7ZMVOA2AOW6ATRL -m comment --comment "masquerade LOCAL traffic for default/web-local:http external destinations" -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ
-A KUBE-EXT-V7ZMVOA2AOW6ATRL -m comment --comment "route LOCAL traffic for default/web-local:http external destinations" -m addrtype --src-type LOCAL -j KUBE-SVC-V7ZMVOA2AOW6ATRL
-A KUBE-EXT-V7ZMVOA2AOW6ATRL -j KUBE-SVL-V7ZMVOA2AOW6ATRL
-A KUBE-SVC-V7ZMVOA2AOW6ATRL -m comment --comment "default/web-local:http -> 10.244.1.5:8080" -j KUBE-SEP-HW5BSW6HZ6OI3FUP
-A KUBE-SVL-V7ZMVOA2AOW6ATRL -m comment --comment "default/web-local:http -> 10.244.1.5:8080" -j KUBE-SEP-HW5BSW6HZ6OI3FUP
-A KUBE-SEP-HW5BSW6HZ6OI3FUP -m comment --comment default/web-local:http -s 10.244.1.5 -j KUBE-MARK-MASQ
-A KUBE-SEP-HW5BSW6HZ6OI3FUP -m comment --comment default/web-local:http -m tcp -p tcp -j DNAT --to-destination 10.244.1.5:8080
-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS
COMMIT
EOF
iptables-restore -w 5 -W 100000 --noflush --counters <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
:KUBE-EXTERNAL-SERVICES - [0:0]
:KUBE-FORWARD - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-PROXY-FIREWALL - [0:0]
:KUBE-FIREWALL - [0:0]
-A KUBE-FIREWALL -m comment --comment "block incoming localnet connections" -d 127.0.0.0/8 ! -s 127.0.0.0/8 -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP
-A KUBE-EXTERNAL-SERVICES -m comment --comment "default/remote-local:http has no local endpoints" -m addrtype --dst-type LOCAL -m tcp -p tcp --dport 30082 -j DROP
-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x00004000/0x00004000 -j ACCEPT
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
COMMIT
*nat
:KUBE-SERVICES - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-POSTROUTING - [0:0]
:KUBE-MARK-MASQ - [0:0]
:KUBE-EXT-AOB5RUOQFVGFBZ5H - [0:0]
:KUBE-SVC-AOB5RUOQFVGFBZ5H - [0:0]
:KUBE-SEP-SD746YZSG7MMDXHM - [0:0]
-A KUBE-POSTROUTING -m mark ! --mark 0x00004000/0x00004000 -j RETURN
-A KUBE-POSTROUTING -j MARK --xor-mark 0x00004000
-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully
-A KUBE-MARK-MASQ -j MARK --or-mark 0x00004000
-A KUBE-SERVICES -m comment --comment "default/web:http cluster IP" -m tcp -p tcp -d 10.96.0.100 --dport 80 -j KUBE-SVC-CDGGSHYLG3RE2FKL
-A KUBE-SERVICES -m comment --comment "default/web-np:http cluster IP" -m tcp -p tcp -d 10.96.0.101 --dport 80 -j KUBE-SVC-2262UYG6EQJDKK3I
-A KUBE-NODEPORTS -m comment --comment default/web-np:http -m tcp -p tcp --dport 30080 -j KUBE-EXT-2262UYG6EQJDKK3I
-A KUBE-SERVICES -m comment --comment "default/web-local:http cluster IP" -m tcp -p tcp -d 10.96.0.102 --dport 80 -j KUBE-SVC-V7ZMVOA2AOW6ATRL
-A KUBE-NODEPORTS -m comment --comment default/web-local:http -m tcp -p tcp --dport 30081 -j KUBE-EXT-V7ZMVOA2AOW6ATRL
-A KUBE-SERVICES -m comment --comment "default/remote-local:http cluster IP" -m tcp -p tcp -d 10.96.0.103 --dport 80 -j KUBE-SVC-AOB5RUOQFVGFBZ5H
-A KUBE-NODEPORTS -m comment --comment default/remote-local:http -m tcp -p tcp --dport 30082 -j KUBE-EXT-AOB5RUOQFVGFBZ5H
-A KUBE-SVC-AOB5RUOQFVGFBZ5H -m comment --comment "default/remote-local:http cluster IP" -m tcp -p tcp -d 10.96.0.103 --dport 80 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ
-A KUBE-EXT-AOB5RUOQFVGFBZ5H -m comment --comment "pod traffic for default/remote-local:http external destinations" -s 10.244.0.0/16 -j KUBE-SVC-AOB5RUOQFVGFBZ5H
-A KUBE-EXT-AOB5RUOQFVGFBZ5H -m comment --comment "masquerade LOCAL traffic for default/remote-local:http external destinations" -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ
-A KUBE-EXT-AOB5RUOQFVGFBZ5H -m comment --comment "route LOCAL traffic for default/remote-local:http external destinations" -m addrtype --src-type LOCAL -j KUBE-SVC-AOB5RUOQFVGFBZ5H
-A KUBE-SVC-AOB5RUOQFVGFBZ5H -m comment --comment "default/remote-local:http -> 10.244.2.20:8080" -j KUBE-SEP-SD746YZSG7MMDXHM
-A KUBE-SEP-SD746YZSG7MMDXHM -m comment --comment default/remote-local:http -s 10.244.2.20 -j KUBE-MARK-MASQ
-A KUBE-SEP-SD746YZSG7MMDXHM -m comment --comment default/remote-local:http -m tcp -p tcp -j DNAT --to-destination 10.244.2.20:8080
-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS
COMMIT
EOF
iptables-restore -w 5 -W 100000 --noflush --counters <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
:KUBE-EXTERNAL-SERVICES - [0:0]
:KUBE-FORWARD - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-PROXY-FIREWALL - [0:0]
:KUBE-FIREWALL - [0:0]
-A KUBE-FIREWALL -m comment --comment "block incoming localnet connections" -d 127.0.0.0/8 ! -s 127.0.0.0/8 -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP
-A KUBE-EXTERNAL-SERVICES -m comment --comment "default/remote-local:http has no local endpoints" -m addrtype --dst-type LOCAL -m tcp -p tcp --dport 30082 -j DROP
-A KUBE-SERVICES -m comment --comment "default/empty:http has no endpoints" -m tcp -p tcp -d 10.96.0.50 --dport 80 -j REJECT
-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x00004000/0x00004000 -j ACCEPT
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
COMMIT
*nat
:KUBE-SERVICES - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-POSTROUTING - [0:0]
:KUBE-MARK-MASQ - [0:0]
-A KUBE-POSTROUTING -m mark ! --mark 0x00004000/0x00004000 -j RETURN
-A KUBE-POSTROUTING -j MARK --xor-mark 0x00004000
-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully
-A KUBE-MARK-MASQ -j MARK --or-mark 0x00004000
-A KUBE-SERVICES -m comment --comment "default/web:http cluster IP" -m tcp -p tcp -d 10.96.0.100 --dport 80 -j KUBE-SVC-CDGGSHYLG3RE2FKL
-A KUBE-SERVICES -m comment --comment "default/web-np:http cluster IP" -m tcp -p tcp -d 10.96.0.101 --dport 80 -j KUBE-SVC-2262UYG6EQJDKK3I
-A KUBE-NODEPORTS -m comment --comment default/web-np:http -m tcp -p tcp --dport 30080 -j KUBE-EXT-2262UYG6EQJDKK3I
-A KUBE-SERVICES -m comment --comment "default/web-local:http cluster IP" -m tcp -p tcp -d 10.96.0.102 --dport 80 -j KUBE-SVC-V7ZMVOA2AOW6ATRL
-A KUBE-NODEPORTS -m comment --comment default/web-local:http -m tcp -p tcp --dport 30081 -j KUBE-EXT-V7ZMVOA2AOW6ATRL
-A KUBE-SERVICES -m comment --comment "default/remote-local:http cluster IP" -m tcp -p tcp -d 10.96.0.103 --dport 80 -j KUBE-SVC-AOB5RUOQFVGFBZ5H
-A KUBE-NODEPORTS -m comment --comment default/remote-local:http -m tcp -p tcp --dport 30082 -j KUBE-EXT-AOB5RUOQFVGFBZ5H
-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS
COMMIT
EOF
ip netns exec client probe tcp 10.96.0.100 80
ip netns exec client probe tcp 10.96.0.100 80
ip netns exec client probe tcp 10.96.0.50 80
ip netns exec web-1 probe tcp 10.96.0.100 80
ip netns exec outside probe tcp 192.168.1.10 30080
ip netns exec outside probe tcp 192.168.1.10 30081
ip netns exec outside probe tcp 192.168.1.10 30082
ip netns exec outside probe tcp 10.96.0.101 80
probe tcp 10.96.0.100 80
probe tcp 127.0.0.1 30080
iptables-save -c -t nat
iptables -L KUBE-EXTERNAL-SERVICES -n -v

# Docker's own iptables rules for one published container port, on a docker0 bridge.
ip netns add c1
ip netns add c2
ip netns add ext
ip link add docker0 type bridge
ip link set docker0 up
ip addr add 172.17.0.1/16 dev docker0
ip link add veth1 type veth peer name eth0 netns c1
ip link add veth2 type veth peer name eth0 netns c2
ip link set veth1 master docker0
ip link set veth2 master docker0
ip link set veth1 up
ip link set veth2 up
ip netns exec c1 ip link set lo up
ip netns exec c1 ip addr add 172.17.0.2/16 dev eth0
ip netns exec c1 ip link set eth0 up
ip netns exec c1 ip route add default via 172.17.0.1
ip netns exec c2 ip link set lo up
ip netns exec c2 ip addr add 172.17.0.3/16 dev eth0
ip netns exec c2 ip link set eth0 up
ip netns exec c2 ip route add default via 172.17.0.1
ip link add eth0 type veth peer name eth0 netns ext
ip addr add 192.0.2.1/24 dev eth0
ip link set eth0 up
ip netns exec ext ip link set lo up
ip netns exec ext ip addr add 192.0.2.2/24 dev eth0
ip netns exec ext ip link set eth0 up
ip netns exec c1 serve tcp 80 --name web
ip netns exec c2 serve udp 53 --name dns
ip netns exec ext serve tcp 80 --name internet
sysctl -w net.ipv4.ip_forward=1
iptables-restore <<'EOF'
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:DOCKER - [0:0]
-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
-A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER
-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
-A POSTROUTING -s 172.17.0.2/32 -d 172.17.0.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE
-A DOCKER -i docker0 -j RETURN
-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
:DOCKER - [0:0]
:DOCKER-ISOLATION-STAGE-1 - [0:0]
:DOCKER-ISOLATION-STAGE-2 - [0:0]
:DOCKER-USER - [0:0]
-A FORWARD -j DOCKER-USER
-A FORWARD -j DOCKER-ISOLATION-STAGE-1
-A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A FORWARD -o docker0 -j DOCKER
-A FORWARD -i docker0 ! -o docker0 -j ACCEPT
-A FORWARD -i docker0 -o docker0 -j ACCEPT
-A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT
-A DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2
-A DOCKER-ISOLATION-STAGE-1 -j RETURN
-A DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP
-A DOCKER-ISOLATION-STAGE-2 -j RETURN
-A DOCKER-USER -j RETURN
COMMIT
EOF
ip netns exec ext probe tcp 192.0.2.1 8080
ip netns exec c1 probe tcp 192.0.2.2 80
ip netns exec c2 probe tcp 172.17.0.2 80
ip netns exec c2 probe tcp 192.0.2.1 8080
ip netns exec c1 probe tcp 172.17.0.1 8080
probe tcp 192.0.2.1 8080
probe tcp 127.0.0.1 8080
probe tcp 172.17.0.2 80
ip netns exec ext probe tcp 172.17.0.2 80
ip netns exec ext ip route add 172.17.0.0/16 via 192.0.2.1
ip netns exec ext probe tcp 172.17.0.2 80
ip netns exec ext probe udp 172.17.0.3 53
iptables -I DOCKER-USER -i eth0 ! -s 192.0.2.99 -j DROP
ip netns exec ext probe tcp 192.0.2.1 8080
ip netns exec c1 probe tcp 192.0.2.2 80
iptables -S -v | grep -v '^-P'
iptables -t nat -S -v | grep -v '^-P'
iptables -L DOCKER-USER -v -x -n

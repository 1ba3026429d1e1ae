# a docker host: docker0 bridge with one container publishing 8080->80, a client on eth0, DOCKER-USER allow-list
ip netns add ctr
ip netns add client
ip link add docker0 type bridge
ip addr add 172.17.0.1/16 dev docker0
ip link set docker0 up
ip link add veth1 type veth peer name eth0 netns ctr
ip link set veth1 master docker0
ip link set veth1 up
ip netns exec ctr ip addr add 172.17.0.2/16 dev eth0
ip netns exec ctr ip link set eth0 up
ip netns exec ctr ip link set lo up
ip netns exec ctr ip route add default via 172.17.0.1
ip link add eth0 type veth peer name eth0 netns client
ip addr add 192.168.1.10/24 dev eth0
ip link set eth0 up
ip netns exec client ip addr add 192.168.1.50/24 dev eth0
ip netns exec client ip addr add 192.168.1.51/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client serve tcp 443 --name outside
ip netns exec ctr serve tcp 80 --name web
sysctl -w net.ipv4.ip_forward=1
iptables -P FORWARD DROP
iptables -t nat -N DOCKER
iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
iptables -t nat -A POSTROUTING -s 172.17.0.2/32 -d 172.17.0.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE
iptables -t nat -A DOCKER -i docker0 -j RETURN
iptables -t nat -A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
iptables -N DOCKER
iptables -N DOCKER-ISOLATION-STAGE-1
iptables -N DOCKER-ISOLATION-STAGE-2
iptables -N DOCKER-USER
iptables -A FORWARD -j DOCKER-USER
iptables -A FORWARD -j DOCKER-ISOLATION-STAGE-1
iptables -A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -A FORWARD -o docker0 -j DOCKER
iptables -A FORWARD -i docker0 ! -o docker0 -j ACCEPT
iptables -A FORWARD -i docker0 -o docker0 -j ACCEPT
iptables -A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT
iptables -A DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2
iptables -A DOCKER-ISOLATION-STAGE-1 -j RETURN
iptables -A DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP
iptables -A DOCKER-ISOLATION-STAGE-2 -j RETURN
iptables -A DOCKER-USER -j RETURN
ip netns exec client probe tcp 192.168.1.10 8080
ip netns exec client probe tcp 192.168.1.10 80
ip netns exec ctr probe tcp 192.168.1.50 443
probe tcp 192.168.1.10 8080
probe tcp 172.17.0.2 80
iptables -I DOCKER-USER -i eth0 ! -s 192.168.1.50 -j DROP
ip netns exec client probe tcp 192.168.1.10 8080
ip netns exec client ip route add 192.168.1.10/32 dev eth0 src 192.168.1.51
ip netns exec client probe tcp 192.168.1.10 8080
iptables -L -n -v
iptables -t nat -L -n -v
iptables-save -c | grep -v '^#'

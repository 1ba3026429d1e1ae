# An nftables NAT router as guides build it: table ip nat with lowercase prerouting/postrouting chains; masquerade lets the client reach a server with no route back, dnat to ADDR:PORT forwards a port, redirect to :PORT sends a port to a local service
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
ip netns exec server serve tcp 8080
serve tcp 22 --name sshd
sysctl -w net.ipv4.ip_forward=1
ip netns exec client probe tcp 10.1.0.2 8080
ip netns exec client curl -s -m 1 http://10.1.0.2:8080/; echo rc=$?
nft add table ip nat
nft add chain ip nat prerouting { type nat hook prerouting priority -100 \; }
nft add chain ip nat postrouting { type nat hook postrouting priority 100 \; }
nft add rule ip nat postrouting oifname "veth1" counter masquerade
ip netns exec client probe tcp 10.1.0.2 8080
ip netns exec client curl -s -m 1 http://10.1.0.2:8080/; echo rc=$?
ip netns exec client probe tcp 10.0.0.1 80
nft add rule ip nat prerouting iifname "veth0" tcp dport 80 counter dnat to 10.1.0.2:8080
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 2222
nft add rule ip nat prerouting tcp dport 2222 counter redirect to :22
ip netns exec client probe tcp 10.0.0.1 2222
ip netns exec client curl -s -m 1 http://10.0.0.1:80/; echo rc=$?
nft list table ip nat
iptables -t nat -S
iptables -t nat -L -n -v

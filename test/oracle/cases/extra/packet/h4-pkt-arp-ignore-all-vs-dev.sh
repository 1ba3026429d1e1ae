# ARP sysctls per interface vs all: arp_ignore 1, 2 (sender's subnet), 3 (scope host), 4 (reserved), 8 (never); the larger of all and the device wins.
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip addr add 10.9.9.9/32 dev lo
ip addr add 10.8.8.8/32 scope host dev lo
ip route add 172.16.0.0/24 dev veth0
ip netns exec client ip addr add 172.16.0.2/24 dev eth0
ip netns exec client ip route add 10.9.9.9/32 dev eth0
ip netns exec client ip route add 10.8.8.8/32 dev eth0
ip netns exec client ip route add 10.0.0.1/32 dev eth0 src 172.16.0.2
serve tcp 80 --name host
ip netns exec client probe tcp 10.9.9.9 80
ip netns exec client ip neigh flush dev eth0
sysctl -w net.ipv4.conf.veth0.arp_ignore=1
ip netns exec client probe tcp 10.9.9.9 80
ip netns exec client probe tcp 10.0.0.1 80
sysctl -w net.ipv4.conf.veth0.arp_ignore=0
ip netns exec client ip neigh flush dev eth0
ip netns exec client probe tcp 10.9.9.9 80
sysctl -w net.ipv4.conf.all.arp_ignore=2
ip netns exec client ip neigh flush dev eth0
ip netns exec client probe tcp 10.9.9.9 80
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client ip route del 10.0.0.1/32
ip netns exec client ip neigh flush dev eth0
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client ip route add 10.0.0.1/32 dev eth0 src 172.16.0.2
sysctl -w net.ipv4.conf.all.arp_ignore=3
ip netns exec client ip neigh flush dev eth0
ip netns exec client probe tcp 10.9.9.9 80
ip netns exec client probe tcp 10.8.8.8 80
sysctl -w net.ipv4.conf.all.arp_ignore=0
sysctl -w net.ipv4.conf.veth0.arp_ignore=4
ip netns exec client ip neigh flush dev eth0
ip netns exec client probe tcp 10.8.8.8 80
sysctl -w net.ipv4.conf.veth0.arp_ignore=8
ip netns exec client ip neigh flush dev eth0
ip netns exec client probe tcp 10.0.0.1 80
sysctl -w net.ipv4.conf.veth0.arp_ignore=0
ip netns exec client ip neigh flush dev eth0
ip netns exec client probe tcp 10.0.0.1 80
sysctl net.ipv4.conf.all.arp_ignore net.ipv4.conf.veth0.arp_ignore net.ipv4.conf.default.arp_ignore

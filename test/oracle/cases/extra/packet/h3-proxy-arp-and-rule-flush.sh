# A router answers ARP for a host it routes elsewhere (proxy_arp), then the classic ip rule flush mistake.
ip netns add client
ip netns add server
ip link add c0 type veth peer name eth0 netns client
ip link add s0 type veth peer name eth0 netns server
ip addr add 10.0.0.1/24 dev c0
ip link set c0 up
ip link set s0 up
ip netns exec client ip link set lo up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec server ip link set lo up
ip netns exec server ip addr add 10.0.0.50/32 dev eth0
ip netns exec server ip link set eth0 up
ip netns exec server ip route add 10.0.0.1 dev eth0
ip netns exec server ip route add default via 10.0.0.1
ip netns exec server serve tcp 80 --name server
ip route add 10.0.0.50/32 dev s0
sysctl -w net.ipv4.ip_forward=1
ip netns exec client probe tcp 10.0.0.50 80
sleep 3
sysctl -w net.ipv4.neigh.c0.proxy_delay=0
sysctl -w net.ipv4.conf.c0.proxy_arp=1
ip netns exec client probe tcp 10.0.0.50 80
ip netns exec client probe tcp 10.0.0.1 80
probe tcp 10.0.0.50 80
ip rule flush
ip rule show
probe tcp 10.0.0.50 80
probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.50 80
ip route get 10.0.0.50
ip rule add from all lookup main priority 32766
ip rule add from all lookup default priority 32767
ip rule show
probe tcp 10.0.0.50 80
ip netns exec client probe tcp 10.0.0.50 80
ip rule del priority 0
ip rule show
probe tcp 127.0.0.1 80
probe tcp 10.0.0.50 80
ip route get 10.0.0.1

# neighbours that get no ARP answer: INCOMPLETE while asking, FAILED after 3 s, as ip neigh and arp list them; arp -d forgets them
ip link add v1 type veth peer name v2
ip addr add 10.0.0.1/24 dev v1
ip link set v1 up
ip link set v2 up
probe icmp 10.0.0.9
arp -n
ip neigh
probe tcp 10.0.0.9 80 --timeout 3.5
arp -n
ip neigh
arp -an
arp -d 10.0.0.9
arp -n
probe udp 10.0.0.8 53 --timeout 4
arp -n

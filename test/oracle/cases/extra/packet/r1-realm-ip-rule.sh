# ip rule realms feed -m realm: a rule's FROM/TO fill the halves of the route's realms that are 0 (set_class_tag) for locally sent packets, and the rule met by the route back to a sender gives received packets their realm (fib_combine_itag: TO<<16 | FROM)
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client ip addr add 10.9.9.9/32 dev lo
ip netns exec client ip route add 10.0.0.0/8 dev eth0
ip route add 10.9.9.0/24 via 10.0.0.2 realm 3
ip rule add to 10.0.0.2 lookup main realms 5/7 pref 100
ip rule add to 10.9.9.0/24 lookup main realms 6/8 pref 101
ip rule show
iptables -A OUTPUT -p tcp -d 10.0.0.2 -m realm --realm 0x50007
iptables -A OUTPUT -p tcp -d 10.0.0.2 -m realm --realm 0
iptables -A OUTPUT -p tcp -d 10.9.9.9 -m realm --realm 0x60003
iptables -A OUTPUT -p tcp -d 10.9.9.9 -m realm --realm 3
iptables -A INPUT -p tcp -s 10.0.0.2 -m realm --realm 0x70005
iptables -A INPUT -p tcp -s 10.0.0.2 -m realm --realm 0
iptables -A INPUT -p tcp -s 10.9.9.9 -m realm --realm 0x30006
iptables -A INPUT -p tcp -s 10.9.9.9 -m realm --realm 0
ip netns exec client serve tcp 80
probe tcp 10.0.0.2 80
probe tcp 10.9.9.9 80
iptables -L -n -v -x
ip route get 10.0.0.2
ip route get 10.9.9.9

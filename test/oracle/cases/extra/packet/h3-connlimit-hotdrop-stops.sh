# A connlimit count of 0 drops the packet on the spot (hotdrop): later rules and the policy never see it.
ip netns add client
ip link add veth0 type veth peer name eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80 --name web
iptables -A INPUT -p tcp --tcp-flags SYN,RST NONE -m connlimit --connlimit-upto 0 -j LOG --log-prefix "est0 "
iptables -A INPUT -p tcp -j LOG --log-prefix "after "
iptables -P INPUT ACCEPT
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 80
iptables -L INPUT -v -x -n

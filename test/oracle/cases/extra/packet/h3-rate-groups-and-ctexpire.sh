# hashlimit grouping by /24, recent on destinations with --rttl, and conntrack expiry windows.
ip netns add c1
ip netns add c2
ip link add br0 type bridge
ip link set br0 up
ip addr add 10.0.0.1/24 dev br0
ip link add v1 type veth peer name eth0 netns c1
ip link add v2 type veth peer name eth0 netns c2
ip link set v1 master br0
ip link set v2 master br0
ip link set v1 up
ip link set v2 up
ip netns exec c1 ip addr add 10.0.0.11/24 dev eth0
ip netns exec c1 ip link set eth0 up
ip netns exec c1 ip link set lo up
ip netns exec c2 ip addr add 10.0.0.12/24 dev eth0
ip netns exec c2 ip link set eth0 up
ip netns exec c2 ip link set lo up
serve udp 53 --name dns
serve tcp 80 --name web
iptables -A INPUT -p udp -m hashlimit --hashlimit-upto 1/hour --hashlimit-burst 2 --hashlimit-mode srcip --hashlimit-srcmask 24 --hashlimit-name per24 -j ACCEPT
iptables -A INPUT -p udp -j DROP
iptables -A OUTPUT -p tcp --sport 80 -m recent --name REPLIED --set --rdest
iptables -A OUTPUT -p tcp --sport 80 -m recent --name REPLIED --rcheck --rdest --rttl -j LOG --log-prefix "same-ttl "
iptables -A INPUT -p tcp --dport 80 -m recent --name REPLIED --rcheck --rsource -j LOG --log-prefix "known "
iptables -A INPUT -p tcp --dport 80 -m recent --name REPLIED --rcheck --rsource --rttl -j LOG --log-prefix "known-ttl "
iptables -A OUTPUT -p udp --sport 53 -m conntrack --ctexpire 25:30 -j LOG --log-prefix "udp-fresh "
iptables -A OUTPUT -p udp --sport 53 -m conntrack --ctexpire 31:200 -j LOG --log-prefix "udp-long "
iptables -A OUTPUT -p tcp --sport 80 -m conntrack --ctexpire 400000:432000 -j LOG --log-prefix "tcp-est "
iptables -A OUTPUT -p tcp --sport 80 -m conntrack --ctexpire 50:60 -j LOG --log-prefix "tcp-synrecv "
iptables -A INPUT -p tcp --dport 80 -m conntrack --ctexpire 100:120 -j LOG --log-prefix "tcp-120 "
iptables -A INPUT -p tcp --dport 80 -m conntrack --ctexpire 0:10 -j LOG --log-prefix "tcp-close "
ip netns exec c1 probe udp 10.0.0.1 53
ip netns exec c2 probe udp 10.0.0.1 53
ip netns exec c1 probe udp 10.0.0.1 53
ip netns exec c1 probe tcp 10.0.0.1 80
ip netns exec c2 probe tcp 10.0.0.1 80
iptables -L -v -x -n

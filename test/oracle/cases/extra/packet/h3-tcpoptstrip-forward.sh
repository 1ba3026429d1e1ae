# A router strips TCP options from forwarded SYNs; the server's option matches see what is left.
ip netns add client
ip netns add server
ip link add c0 type veth peer name eth0 netns client
ip link add s0 type veth peer name eth0 netns server
ip addr add 10.0.1.1/24 dev c0
ip addr add 10.0.2.1/24 dev s0
ip link set c0 up
ip link set s0 up
ip netns exec client ip link set lo up
ip netns exec client ip addr add 10.0.1.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip route add default via 10.0.1.1
ip netns exec server ip link set lo up
ip netns exec server ip addr add 10.0.2.2/24 dev eth0
ip netns exec server ip link set eth0 up
ip netns exec server ip route add default via 10.0.2.1
ip netns exec server serve tcp 80
ip netns exec server serve tcp 81
sysctl -w net.ipv4.ip_forward=1
ip netns exec server iptables -A INPUT -p tcp --syn --tcp-option 8 -j LOG --log-prefix "ts "
ip netns exec server iptables -A INPUT -p tcp --syn --tcp-option 2 -j LOG --log-prefix "mss "
ip netns exec server iptables -A INPUT -p tcp --syn -m tcpmss --mss 1:65535 -j LOG --log-prefix "mss-any "
ip netns exec server iptables -A INPUT -p tcp --syn --tcp-option 3 -j LOG --log-prefix "wscale "
ip netns exec server iptables -A INPUT -p tcp --syn --tcp-option 4 -j LOG --log-prefix "sackok "
ip netns exec server iptables -A INPUT -p tcp --syn -m length --length 60 -j LOG --log-prefix "len60 "
ip netns exec server iptables -A INPUT -p tcp ! --syn --tcp-option 8 -j LOG --log-prefix "ts-later "
ip netns exec server iptables -A INPUT -p tcp --syn -m u32 --u32 "0>>22&0x3C@20>>24=1" -j LOG --log-prefix "nop-first "
iptables -t mangle -A FORWARD -o s0 -p tcp --dport 80 -j TCPOPTSTRIP --strip-options timestamp,mss
iptables -t mangle -A FORWARD -o s0 -p tcp --dport 81 -j TCPOPTSTRIP --strip-options wscale,sack-permitted
ip netns exec client probe tcp 10.0.2.2 80
ip netns exec client probe tcp 10.0.2.2 81
ip netns exec server iptables -L INPUT -v -x -n
iptables -t mangle -L FORWARD -v -x -n

# nf_conntrack_tcp_loose: a connection whose SYN was not tracked is picked up mid-stream, or not.
ip netns add client
ip link add veth0 type veth peer name eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80 --name web
iptables -t raw -A PREROUTING -p tcp --dport 80 --syn -j NOTRACK
iptables -t raw -A OUTPUT -p tcp --sport 80 --tcp-flags SYN,ACK SYN,ACK -j NOTRACK
iptables -A INPUT -p tcp --dport 80 -m conntrack --ctstate NEW -j LOG --log-prefix "new "
iptables -A INPUT -p tcp --dport 80 -m conntrack --ctstate ESTABLISHED -j LOG --log-prefix "est "
iptables -A INPUT -p tcp --dport 80 -m conntrack --ctstate INVALID -j LOG --log-prefix "invalid "
iptables -A INPUT -p tcp --dport 80 -m conntrack --ctstate UNTRACKED -j LOG --log-prefix "untracked "
iptables -A OUTPUT -p tcp --sport 80 -m conntrack --ctstate ESTABLISHED -j LOG --log-prefix "out-est "
iptables -A OUTPUT -p tcp --sport 80 -m conntrack --ctstate INVALID -j LOG --log-prefix "out-invalid "
iptables -A OUTPUT -p tcp --sport 80 -m conntrack --ctstate NEW -j LOG --log-prefix "out-new "
ip netns exec client probe tcp 10.0.0.1 80
iptables -L -v -x -n
iptables -Z
sysctl -w net.netfilter.nf_conntrack_tcp_loose=0
ip netns exec client probe tcp 10.0.0.1 80
iptables -L -v -x -n
iptables -A INPUT -p tcp --dport 80 -m conntrack --ctstate INVALID -j DROP
ip netns exec client probe tcp 10.0.0.1 80

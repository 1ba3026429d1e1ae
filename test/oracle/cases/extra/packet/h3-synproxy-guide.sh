# SYNPROXY in front of a web server, as the RHEL/kernel guides set it up.
ip netns add client
ip link add veth0 type veth peer name eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80 --name web
serve tcp 22 --name ssh
sysctl -w net.netfilter.nf_conntrack_tcp_loose=0
iptables -t raw -A PREROUTING -i veth0 -p tcp --dport 80 --syn -j CT --notrack
iptables -A INPUT -i veth0 -p tcp --dport 80 -m conntrack --ctstate INVALID,UNTRACKED -j SYNPROXY --sack-perm --timestamp --wscale 7 --mss 1460
iptables -A INPUT -i veth0 -m conntrack --ctstate INVALID -j DROP
iptables -A INPUT -p tcp --dport 80 -m conntrack --ctstate ESTABLISHED -j LOG --log-prefix "est80 "
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 22
iptables -t raw -L PREROUTING -v -x -n
iptables -L INPUT -v -x -n
iptables -L OUTPUT -v -x -n

# ufw "limit ssh" (recent --update --hitcount 6) and a fail2ban REJECT, as a client sees them
ip netns add client
ip link add eth0 type veth peer name eth0 netns client
ip addr add 10.0.0.1/24 dev eth0
ip link set eth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip addr add 10.0.0.3/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 22 --name sshd
serve tcp 80 --name web
iptables -P INPUT DROP
iptables -N ufw-user-input
iptables -N ufw-user-limit
iptables -N ufw-user-limit-accept
iptables -N f2b-sshd
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 22 -j f2b-sshd
iptables -A INPUT -j ufw-user-input
iptables -A f2b-sshd -j RETURN
iptables -A ufw-user-input -p tcp -m tcp --dport 22 -m conntrack --ctstate NEW -m recent --set --name DEFAULT --mask 255.255.255.255 --rsource
iptables -A ufw-user-input -p tcp -m tcp --dport 22 -m conntrack --ctstate NEW -m recent --update --seconds 30 --hitcount 6 --name DEFAULT --mask 255.255.255.255 --rsource -j ufw-user-limit
iptables -A ufw-user-input -p tcp -m tcp --dport 22 -j ufw-user-limit-accept
iptables -A ufw-user-limit -m limit --limit 3/min -j LOG --log-prefix "[UFW LIMIT BLOCK] "
iptables -A ufw-user-limit -j REJECT --reject-with icmp-port-unreachable
iptables -A ufw-user-limit-accept -j ACCEPT
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client ip route add 10.0.0.1/32 dev eth0 src 10.0.0.3
ip netns exec client probe tcp 10.0.0.1 22
iptables -I f2b-sshd 1 -s 10.0.0.3 -j REJECT --reject-with icmp-port-unreachable
ip netns exec client probe tcp 10.0.0.1 22
iptables -R f2b-sshd 1 -s 10.0.0.3 -p tcp -j REJECT --reject-with tcp-reset
ip netns exec client probe tcp 10.0.0.1 22
iptables -R f2b-sshd 1 -s 10.0.0.3 -j DROP
ip netns exec client probe tcp 10.0.0.1 22
iptables -L -n -v
iptables-save -c | grep -v '^#'
awk '{print $1, $2}' /proc/net/xt_recent/DEFAULT | sort

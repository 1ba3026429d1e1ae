# A stateful host with conntrack zones in raw: both directions in one zone work; a zone on one
# direction only makes the replies look new or invalid. Then NOTRACK on one side only.
ip netns add client
ip link add veth0 type veth peer name eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip link set lo up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client serve tcp 80 --name web
ip netns exec client serve udp 53 --name dns
serve tcp 22 --name sshd
serve udp 123 --name ntpd
iptables -P INPUT DROP
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -m conntrack --ctstate INVALID -j DROP
iptables -A INPUT -p tcp --dport 22 -m conntrack --ctstate NEW -j ACCEPT
iptables -A INPUT -p udp --dport 123 -j ACCEPT
iptables -A INPUT -m conntrack --ctstate UNTRACKED -j ACCEPT
iptables -A OUTPUT -m conntrack --ctstate INVALID -j DROP
iptables -A OUTPUT -m conntrack --ctstate NEW -j ACCEPT
iptables -A OUTPUT -m conntrack --ctstate ESTABLISHED -j ACCEPT
iptables -A OUTPUT -m conntrack --ctstate UNTRACKED -j ACCEPT
iptables -t raw -A PREROUTING -i veth0 -j CT --zone 7
iptables -t raw -A OUTPUT -o veth0 -j CT --zone 7
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe udp 10.0.0.1 123
probe tcp 10.0.0.2 80
probe udp 10.0.0.2 53
iptables -t raw -D OUTPUT 1
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe udp 10.0.0.1 123
probe tcp 10.0.0.2 80
probe udp 10.0.0.2 53
iptables -t raw -F
iptables -t raw -A PREROUTING -i veth0 -j CT --zone-orig 3
iptables -t raw -A OUTPUT -o veth0 -j CT --zone-reply 3
probe tcp 10.0.0.2 80
ip netns exec client probe tcp 10.0.0.1 22
grep -oE 'mark=0 zone=7 ' /proc/net/nf_conntrack | sort -u
grep -oE 'dport=22 zone-orig=3 \[UNREPLIED\] src=10.0.0.1' /proc/net/nf_conntrack
grep -oE 'sport=80 dport=[0-9]+ zone-reply=3 mark=0 use' /proc/net/nf_conntrack | grep -c zone
grep -c zone-orig /proc/net/nf_conntrack
iptables -t raw -F
iptables -t raw -A PREROUTING -p udp --dport 123 -j CT --notrack
ip netns exec client probe udp 10.0.0.1 123
iptables -t raw -A OUTPUT -p udp --sport 123 -j CT --notrack
ip netns exec client probe udp 10.0.0.1 123
iptables -L -v -x -n
iptables -t raw -S

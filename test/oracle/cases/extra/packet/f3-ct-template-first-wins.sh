ip netns add client
ip link add veth0 type veth peer name eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip link set lo up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
serve tcp 22 --name sshd
serve tcp 23 --name telnet
serve tcp 24 --name x
serve tcp 25 --name smtp
iptables -t raw -A PREROUTING -p tcp --dport 22 -j CT --zone mark
iptables -t raw -A PREROUTING -p tcp --dport 22 -j MARK --set-mark 0x10004
iptables -t raw -A PREROUTING -p tcp --dport 23 -j CT --zone 8
iptables -t raw -A PREROUTING -p tcp --dport 23 -j CT --notrack
iptables -t raw -A PREROUTING -p tcp --dport 24 -j CT --zone 9
iptables -t raw -A PREROUTING -p tcp --dport 24 -j CT --zone 10
iptables -t raw -A PREROUTING -p tcp --dport 25 -j NOTRACK
iptables -t raw -A PREROUTING -p tcp --dport 25 -j CT --zone 11
iptables -t raw -A OUTPUT -p tcp --sport 24 -j CT --zone-reply 3
iptables -t raw -A OUTPUT -p tcp --sport 24 -j CT --zone 4
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 23
ip netns exec client probe tcp 10.0.0.1 24
ip netns exec client probe tcp 10.0.0.1 25
grep -oE 'dport=2[2345] .*' /proc/net/nf_conntrack | sed -E 's/(s|d)port=[0-9]{5}/\1port=P/g' | sort
grep -c 'dport=23 ' /proc/net/nf_conntrack
grep -c 'dport=25 ' /proc/net/nf_conntrack
iptables -t raw -F
iptables -t raw -A PREROUTING -i veth0 -j CT
iptables -t raw -A PREROUTING -i veth0 -j CT --zone 7
iptables -t raw -A PREROUTING -i veth0 -j CT --zone-orig 9
ip netns exec client probe tcp 10.0.0.1 22
grep -cE 'zone(-orig)?=[79] ' /proc/net/nf_conntrack
iptables -t raw -L -v -n -x

# lesson: rule-evaluation
# claim: ACCEPT inside a user chain ends the whole table walk; RETURN and falling off a -j chain come back to the next rule; falling off a -g chain returns past the caller; user chains have no policy; REJECT variants: tcp-reset and port-unreachable refuse, host-prohibited is unreachable, UDP REJECT is refused.
# shows: {"result": "refused"}
# shows: {"result": "unreachable"}
# shows: iptables: Bad built-in chain name.
# shows: [goto]
ip netns add client
ip link add veth0 type veth peer name eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip -n client addr add 10.0.0.2/24 dev eth0
ip -n client link set eth0 up
ip -n client link set lo up
serve tcp 80
serve tcp 81
serve tcp 82
serve udp 53
iptables -N OK
iptables -A OK -p tcp --dport 80 -j ACCEPT
iptables -N SKIP
iptables -A SKIP -p tcp --dport 81 -j RETURN
iptables -N GONE
iptables -A INPUT -j OK
iptables -A INPUT -p tcp --dport 80 -j DROP
iptables -A INPUT -j SKIP
iptables -A INPUT -p tcp --dport 81 -j REJECT --reject-with tcp-reset
iptables -N SKIP2
iptables -A INPUT -p tcp --dport 82 -j SKIP2
iptables -A SKIP2 -g GONE
iptables -A SKIP2 -j DROP
iptables -A INPUT -p tcp --dport 82 -j REJECT --reject-with icmp-host-prohibited
iptables -A INPUT -p udp --dport 53 -j REJECT
iptables -P GONE DROP
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 81
ip netns exec client probe tcp 10.0.0.1 82
ip netns exec client probe udp 10.0.0.1 53
iptables -L -n -v

# What target actions do to real traffic: CONNMARK, TTL/DSCP rewrites seen by later matches,
# CT --notrack, REJECT replies, NFQUEUE without a reader, NETMAP, LOG/AUDIT/TEE carrying on.
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
ip netns exec client ip route add 10.9.0.0/24 via 10.0.0.1
serve tcp 8080 --name host
serve tcp 7001 --name host
serve tcp 7002 --name host
serve tcp 7003 --name host
serve tcp 7004 --name host
serve udp 5353 --name host
iptables -t mangle -A PREROUTING -p tcp --dport 8080 -m conntrack --ctstate NEW -j CONNMARK --set-mark 0x7
iptables -t mangle -A PREROUTING -p tcp --dport 8080 -j CONNMARK --restore-mark
iptables -t mangle -A PREROUTING -p udp -j TTL --ttl-set 5
iptables -t mangle -A PREROUTING -p udp -j DSCP --set-dscp 10
iptables -t raw -A PREROUTING -p udp --dport 5353 -j CT --notrack
iptables -t nat -A PREROUTING -d 10.9.0.0/24 -j NETMAP --to 10.0.0.0/24
iptables -A INPUT -p tcp --dport 8080 -j LOG --log-prefix "web "
iptables -A INPUT -p tcp --dport 8080 -j AUDIT --type accept
iptables -A INPUT -p tcp --dport 8080 -j TEE --gateway 10.0.0.2
iptables -A INPUT -p tcp --dport 8080 -m mark --mark 0x7
iptables -A INPUT -p tcp --dport 8080 -m connmark --mark 0x7
iptables -A INPUT -p udp -m ttl --ttl-eq 5 -m dscp --dscp 10
iptables -A INPUT -p udp -m conntrack --ctstate UNTRACKED
iptables -A INPUT -p tcp --dport 7001 -j REJECT --reject-with tcp-reset
iptables -A INPUT -p tcp --dport 7002 -j REJECT --reject-with icmp-host-prohibited
iptables -A INPUT -p tcp --dport 7003 -j NFQUEUE --queue-num 3
iptables -A INPUT -p tcp --dport 7004 -j NFQUEUE --queue-num 4 --queue-bypass
ip netns exec client probe tcp 10.0.0.1 8080
ip netns exec client probe udp 10.0.0.1 5353
ip netns exec client probe tcp 10.0.0.1 7001
ip netns exec client probe tcp 10.0.0.1 7002
ip netns exec client probe tcp 10.0.0.1 7003
ip netns exec client probe tcp 10.0.0.1 7004
ip netns exec client probe tcp 10.9.0.1 8080
iptables-save -c -t filter
iptables-save -c -t mangle
iptables-save -c -t raw
iptables-save -c -t nat

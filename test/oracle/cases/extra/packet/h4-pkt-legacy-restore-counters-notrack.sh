# Legacy twins: raw NOTRACK and UNTRACKED, legacy-restore with -c counters then traffic, -Z of one chain, mangle MARK from legacy matched by nft filter.
ip netns add peer
ip link add veth0 type veth peer name eth0
ip link set eth0 netns peer
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec peer ip addr add 10.0.0.2/24 dev eth0
ip netns exec peer ip link set eth0 up
ip netns exec peer ip link set lo up
ip netns exec peer serve tcp 80
ip netns exec peer serve udp 53
serve tcp 8080 --name host
iptables-legacy-restore -c <<'EOF2'
*filter
:INPUT DROP [10:1000]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [5:500]
[3:180] -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
[0:0] -A INPUT -p tcp --dport 8080 -j ACCEPT
COMMIT
*raw
:PREROUTING ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A OUTPUT -d 10.0.0.2 -p udp -j NOTRACK
COMMIT
EOF2
probe tcp 10.0.0.2 80
probe udp 10.0.0.2 53
ip netns exec peer probe tcp 10.0.0.1 8080
iptables-legacy -A INPUT -m state --state UNTRACKED -j ACCEPT
probe udp 10.0.0.2 53
iptables-legacy -L INPUT -v -n -x
iptables-legacy -Z INPUT
iptables-legacy -L INPUT -v -n
iptables-legacy -t raw -L -v -n
iptables-legacy -t mangle -A PREROUTING -p tcp --dport 8080 -j MARK --set-mark 9
iptables -A INPUT -m mark --mark 9 -j REJECT --reject-with tcp-reset
ip netns exec peer probe tcp 10.0.0.1 8080
iptables-legacy-save -c
iptables -L INPUT -v -n

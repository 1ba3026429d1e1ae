# Counters after traffic through edits: -R resets, -c on -A/-I/-R sets, restore -c carries them on, -Z on one rule, save -c after more traffic.
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80 --name host
serve udp 53 --name host
iptables -A INPUT -p tcp --dport 80 -j ACCEPT
iptables -A INPUT -p udp --dport 53 -j ACCEPT
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe udp 10.0.0.1 53
iptables -L INPUT -v -n -x
iptables -R INPUT 1 -p tcp --dport 80 -j ACCEPT
iptables -I INPUT 1 -c 100 2000 -p icmp -j ACCEPT
iptables -R INPUT 3 -c 7 700 -p udp --dport 53 -j ACCEPT
ip netns exec client probe icmp 10.0.0.1
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe tcp 10.0.0.1 80
iptables -S INPUT -v
iptables-save -c > /tmp/saved.rules
iptables -F
iptables -Z
iptables-restore -c < /tmp/saved.rules
ip netns exec client probe icmp 10.0.0.1
iptables -L INPUT -v -n -x --line-numbers
iptables -Z INPUT 1
iptables -A INPUT -c 5 -p tcp -j ACCEPT
iptables -A INPUT -c 5 50 60 -p tcp -j ACCEPT
iptables -A INPUT --set-counters 9 900 -p tcp --dport 22 -j DROP
iptables-save -c
iptables-restore --noflush -c <<'EOF2'
*filter
:INPUT ACCEPT [40:4000]
[1:2] -A INPUT -p tcp --dport 23 -j DROP
COMMIT
EOF2
ip netns exec client probe udp 10.0.0.1 53
iptables-save -c -t filter

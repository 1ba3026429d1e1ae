# Counter views after traffic in the forms people type: clustered flags, -S -c, -x without -v, one rule by number, -Z with -L, legacy twins.
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80 --name host
iptables -A INPUT -p tcp --dport 80 -j ACCEPT
iptables -A INPUT -p icmp -j ACCEPT
iptables-legacy -A INPUT -p tcp --dport 80 -j ACCEPT
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe icmp 10.0.0.1
iptables -nvxL INPUT
iptables -Lnv INPUT 2
iptables -vL INPUT
iptables -L INPUT -x
iptables -S -c
iptables -S INPUT -c
iptables -S INPUT 1 -v
iptables -v -S INPUT 2
iptables -Z INPUT -L -v -n
iptables -L -Z INPUT 1 -v -n
iptables -L INPUT -v -n
iptables-legacy -nvxL INPUT --line-numbers
iptables-legacy -S INPUT 1 -v
iptables-legacy-save -c | grep -- '-A INPUT'
iptables-save -c | grep -c '\[0:0\]'

# Siblings of raw-notrack-breaks-established: NOTRACK alias, notrack in one direction only, UNTRACKED view, notrack on the server side.
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
iptables -P INPUT DROP
iptables -A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
iptables -t raw -A OUTPUT -d 10.0.0.2 -p udp --dport 53 -j NOTRACK
probe udp 10.0.0.2 53
probe tcp 10.0.0.2 80
iptables -t raw -A OUTPUT -d 10.0.0.2 -p tcp --dport 80 -j CT --notrack
probe tcp 10.0.0.2 80
iptables -A INPUT -m state --state NEW -s 10.0.0.2 -p udp --sport 53 -j ACCEPT
probe udp 10.0.0.2 53
iptables -A INPUT -p tcp --dport 8080 -m conntrack --ctstate NEW -j ACCEPT
ip netns exec peer probe tcp 10.0.0.1 8080
iptables -t raw -A PREROUTING -p tcp --dport 8080 -j CT --notrack
ip netns exec peer probe tcp 10.0.0.1 8080
iptables -I INPUT 2 -p tcp --dport 8080 -m state --state UNTRACKED -j ACCEPT
ip netns exec peer probe tcp 10.0.0.1 8080
iptables -t raw -S
iptables -t raw -L -v -n
iptables -L INPUT -v -n
iptables-save -c

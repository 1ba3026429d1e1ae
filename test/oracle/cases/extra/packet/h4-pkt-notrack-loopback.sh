# Sibling of raw-notrack-breaks-established on loopback: the common 'notrack lo' tuning with a stateful INPUT policy breaks local services until UNTRACKED is accepted; nat OUTPUT REDIRECT no longer applies to lo traffic.
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 8080 --name local
serve udp 5353 --name local
iptables -t nat -A OUTPUT -o lo -p tcp --dport 80 -j REDIRECT --to-ports 8080
probe tcp 127.0.0.1 80
iptables -P INPUT DROP
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -i lo -m conntrack --ctstate NEW -j ACCEPT
probe tcp 127.0.0.1 8080
iptables -t raw -A PREROUTING -i lo -j NOTRACK
iptables -t raw -A OUTPUT -o lo -j NOTRACK
probe tcp 127.0.0.1 8080
probe udp 127.0.0.1 5353
probe tcp 127.0.0.1 80
iptables -I INPUT 2 -m conntrack --ctstate UNTRACKED -j ACCEPT
probe tcp 127.0.0.1 8080
probe udp 127.0.0.1 5353
probe tcp 127.0.0.1 80
iptables -L INPUT -v -n
iptables-save -c -t raw
iptables-save -c -t nat

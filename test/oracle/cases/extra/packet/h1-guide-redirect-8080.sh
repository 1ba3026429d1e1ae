# "Redirect port 80 to 8080" guide for an app that cannot bind low ports: PREROUTING REDIRECT for clients, OUTPUT -o lo for local tests, then the mangle-mark trick that hides 8080 itself
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 8080
ip netns exec client probe tcp 10.0.0.1 80
iptables -t nat -A PREROUTING -p tcp --dport 80 -j REDIRECT --to-port 8080
ip netns exec client probe tcp 10.0.0.1 80
probe tcp 127.0.0.1 80
probe tcp 10.0.0.1 80
iptables -t nat -A OUTPUT -o lo -p tcp --dport 80 -j REDIRECT --to-port 8080
probe tcp 127.0.0.1 80
probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 8080
iptables -t mangle -A PREROUTING -p tcp --dport 8080 -j MARK --set-mark 1
iptables -A INPUT -m mark --mark 1 -j DROP
ip netns exec client probe tcp 10.0.0.1 8080 --timeout 0.3
ip netns exec client probe tcp 10.0.0.1 80
probe tcp 127.0.0.1 8080
iptables -t nat -L -n -v --line-numbers
iptables -t mangle -S
iptables -L INPUT -n -v
iptables -t nat -A PREROUTING -p tcp --dport 443 -j REDIRECT --to-port 8443 -i veth0
iptables -t nat -A PREROUTING -p tcp --dport 443 -j REDIRECT --to 8443
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 8000-8010
iptables -t nat -A PREROUTING -j REDIRECT --to-ports 8000
iptables -A INPUT -p tcp --dport 80 -j REDIRECT --to-port 8080
iptables -t nat -S PREROUTING
ss -tln | grep -c 8080

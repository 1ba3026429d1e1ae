ip route add 10.99.0.0/16 dev lo
probe tcp 10.99.0.1 80
probe udp 10.99.0.1 53
probe icmp 10.99.0.1
serve tcp 8080
iptables -t nat -A OUTPUT -p tcp -d 10.99.0.1 --dport 80 -j DNAT --to-destination 127.0.0.1:8080
iptables -A OUTPUT -p tcp --sport 8080 --tcp-flags PSH PSH
iptables -A OUTPUT -p tcp --sport 8080
iptables -A OUTPUT -p tcp --dport 8080
iptables -A OUTPUT -s 0.0.0.0/32
iptables -A INPUT -p tcp --dport 8080
iptables -A INPUT -p tcp --sport 80
iptables -A INPUT -p tcp --sport 8080
iptables -A INPUT -d 0.0.0.0/32
iptables -t nat -A POSTROUTING -j ACCEPT
probe tcp 10.99.0.1 80 --timeout 2
iptables -L -v -n
iptables -t nat -L -v -n
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip link set veth0 up
ip route add 10.0.0.0/24 dev veth0
probe tcp 10.0.0.2 80
probe udp 10.0.0.2 53
serve tcp 8081
serve udp 5353
probe tcp 10.99.0.1 8081
probe udp 10.99.0.1 5353
iptables -L -v -n

# Siblings of redirect-local-output / dnat-output-local: UDP OUTPUT DNAT, REDIRECT port ranges and no port, PREROUTING REDIRECT from a client, nat OUTPUT -o, counters of the first packet only.
ip netns add peer
ip link add veth0 type veth peer name eth0
ip link set eth0 netns peer
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec peer ip addr add 10.0.0.2/24 dev eth0
ip netns exec peer ip link set eth0 up
ip netns exec peer ip link set lo up
ip netns exec peer serve tcp 8443
ip netns exec peer serve udp 5353
serve tcp 8080 --name proxy
serve tcp 8081 --name proxy2
serve udp 53 --name localdns
ip route add 10.96.0.0/12 dev veth0
iptables -t nat -A OUTPUT -d 10.96.0.10 -p udp --dport 53 -j DNAT --to-destination 10.0.0.2:5353
probe udp 10.96.0.10 53
probe udp 10.96.0.10 53
iptables -t nat -A OUTPUT -d 10.96.0.11 -p udp --dport 53 -j REDIRECT
probe udp 10.96.0.11 53
iptables -t nat -A OUTPUT -o veth0 -p tcp --dport 443 -j DNAT --to-destination 10.0.0.2:8443
probe tcp 10.96.0.1 443
probe tcp 10.0.0.2 443
iptables -t nat -A OUTPUT -o lo -p tcp --dport 80 -j REDIRECT --to-ports 8081
probe tcp 127.0.0.1 80
probe tcp 10.0.0.1 80
iptables -t nat -A PREROUTING -i veth0 -p tcp --dport 80 -j REDIRECT --to-ports 8080-8081
ip netns exec peer probe tcp 10.0.0.1 80
ip netns exec peer probe tcp 10.0.0.1 80
iptables -t nat -A PREROUTING -p tcp --dport 81 -j REDIRECT --to-ports 8081 --random
ip netns exec peer probe tcp 10.0.0.1 81
iptables -t nat -A POSTROUTING -j REDIRECT --to-ports 8080
iptables -t nat -A INPUT -p tcp -j REDIRECT
iptables -t nat -L -v -n --line-numbers
iptables-save -c -t nat

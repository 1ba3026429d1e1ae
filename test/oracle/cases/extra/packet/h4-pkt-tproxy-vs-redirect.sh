# TPROXY instead of REDIRECT: the listener must be transparent (serve's is not), so the diverted packets are dropped; REDIRECT works; the mark and local route are set as guides say.
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 8080 --name proxy
serve tcp 80 --name web
ip rule add fwmark 1 lookup 100
ip route add local 0.0.0.0/0 dev lo table 100
iptables -t mangle -A PREROUTING -p tcp --dport 80 -j TPROXY --on-port 8080 --tproxy-mark 0x1/0x1
ip netns exec client probe tcp 10.0.0.1 80
iptables -t mangle -R PREROUTING 1 -p tcp --dport 80 -m socket --transparent -j ACCEPT
iptables -t mangle -A PREROUTING -p tcp --dport 81 -j TPROXY --on-ip 10.0.0.1 --on-port 8080 --tproxy-mark 0x1/0x1
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe tcp 10.0.0.1 81
iptables -t nat -A PREROUTING -p tcp --dport 81 -j REDIRECT --to-ports 8080
iptables -t mangle -D PREROUTING 2
ip netns exec client probe tcp 10.0.0.1 81
iptables -t mangle -L PREROUTING -v -n
iptables -t mangle -A INPUT -j TPROXY --on-port 1
iptables -t mangle -A PREROUTING -p udp -j TPROXY --on-port 1 --tproxy-mark 1
iptables -t mangle -A PREROUTING -j TPROXY --on-port 1
iptables-save -c -t nat

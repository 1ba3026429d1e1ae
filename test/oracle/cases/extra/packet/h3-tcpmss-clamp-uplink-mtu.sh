# TCPMSS clamping on a router whose uplink has a smaller MTU, checked by tcpmss matches on both ends.
ip netns add lan
ip netns add wan
ip link add lan0 type veth peer name eth0 netns lan
ip link add wan0 type veth peer name eth0 netns wan
ip addr add 192.168.1.1/24 dev lan0
ip addr add 203.0.113.2/24 dev wan0
ip link set lan0 up
ip link set wan0 up
ip netns exec lan ip link set lo up
ip netns exec lan ip addr add 192.168.1.10/24 dev eth0
ip netns exec lan ip link set eth0 up
ip netns exec lan ip route add default via 192.168.1.1
ip netns exec wan ip link set lo up
ip netns exec wan ip addr add 203.0.113.1/24 dev eth0
ip netns exec wan ip link set eth0 up
ip netns exec wan ip route add 192.168.1.0/24 via 203.0.113.2
ip link set wan0 mtu 1400
ip netns exec wan ip link set eth0 mtu 1400
ip netns exec wan serve tcp 80 --name web
ip netns exec lan serve tcp 22 --name ssh
sysctl -w net.ipv4.ip_forward=1
ip netns exec wan iptables -N SYNMSS
ip netns exec wan iptables -A INPUT -p tcp --syn -j SYNMSS
ip netns exec wan iptables -A SYNMSS -p tcp -m tcpmss --mss 1460 -j RETURN
ip netns exec wan iptables -A SYNMSS -p tcp -m tcpmss --mss 1360 -j RETURN
ip netns exec wan iptables -A SYNMSS -p tcp -m tcpmss --mss 1200 -j RETURN
ip netns exec wan iptables -A SYNMSS -p tcp -m tcpmss --mss 1000:1199 -j RETURN
ip netns exec lan iptables -N SAMSS
ip netns exec lan iptables -A INPUT -p tcp --tcp-flags SYN,ACK SYN,ACK -j SAMSS
ip netns exec lan iptables -A INPUT -p tcp --syn -j SAMSS
ip netns exec lan iptables -A SAMSS -p tcp -m tcpmss --mss 1460 -j RETURN
ip netns exec lan iptables -A SAMSS -p tcp -m tcpmss --mss 1360 -j RETURN
ip netns exec lan iptables -A SAMSS -p tcp -m tcpmss --mss 1200 -j RETURN
ip netns exec lan probe tcp 203.0.113.1 80
iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
ip netns exec lan probe tcp 203.0.113.1 80
ip netns exec wan probe tcp 192.168.1.10 22
iptables -t mangle -I POSTROUTING -o wan0 -p tcp --tcp-flags SYN,RST SYN -m tcpmss --mss 1201:65535 -j TCPMSS --set-mss 1200
ip netns exec lan probe tcp 203.0.113.1 80
iptables -t mangle -R POSTROUTING 1 -o wan0 -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1500
ip netns exec lan probe tcp 203.0.113.1 80
iptables -t mangle -L -v -x -n
ip netns exec wan iptables -L SYNMSS -v -x -n
ip netns exec lan iptables -L SAMSS -v -x -n
iptables-save -c -t mangle

ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80
iptables -A INPUT -p tcp -m connbytes --connbytes 2: --connbytes-dir original --connbytes-mode packets
iptables -A INPUT -p tcp -m connbytes --connbytes 0:1 --connbytes-dir original --connbytes-mode packets
iptables -A OUTPUT -p tcp -m connbytes --connbytes 1:1 --connbytes-dir reply --connbytes-mode packets
ip netns exec client probe tcp 10.0.0.1 80
iptables -L -v -n

# lesson: debugging
# claim: a rule without a target only counts, and the walk goes on to the rule that decides.
# shows: {"result": "timeout"}
ip netns add client
ip link add veth0 type veth peer name eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip -n client addr add 10.0.0.2/24 dev eth0
ip -n client link set eth0 up
ip -n client link set lo up
serve tcp 80
iptables -A INPUT -p tcp --dport 80
iptables -A INPUT -p tcp --dport 80 -j DROP
iptables -t raw -A PREROUTING -p tcp --dport 80
ip netns exec client probe tcp 10.0.0.1 80
iptables -L INPUT -n -v
iptables -t raw -L PREROUTING -n -v

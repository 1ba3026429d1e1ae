# "Block outgoing traffic" and "disable ping" guides as the box itself sees them: OUTPUT drops and rejects per protocol, a DROP policy on OUTPUT with the established rule that keeps replies flowing, echo ignore via sysctl, counters zeroed and read
ip netns add remote
ip link add veth0 type veth peer name eth0
ip link set eth0 netns remote
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec remote ip addr add 10.0.0.2/24 dev eth0
ip netns exec remote ip link set eth0 up
ip netns exec remote ip link set lo up
ip netns exec remote serve tcp 80
ip netns exec remote serve tcp 443
ip netns exec remote serve udp 53
serve tcp 22
iptables -A OUTPUT -d 10.0.0.2 -p tcp --dport 80 -j DROP
probe tcp 10.0.0.2 80 --timeout 0.3
probe tcp 10.0.0.2 443
iptables -A OUTPUT -p udp --dport 53 -j REJECT
probe udp 10.0.0.2 53
iptables -A OUTPUT -p icmp --icmp-type echo-request -j DROP
probe icmp 10.0.0.2
ip netns exec remote probe icmp 10.0.0.1
iptables -A INPUT -p icmp --icmp-type echo-request -j REJECT --reject-with icmp-host-unreachable
ip netns exec remote probe icmp 10.0.0.1
iptables -D INPUT -p icmp --icmp-type echo-request -j REJECT --reject-with icmp-host-unreachable
sysctl -w net.ipv4.icmp_echo_ignore_all=1
ip netns exec remote probe icmp 10.0.0.1 --timeout 0.3
sysctl -w net.ipv4.icmp_echo_ignore_all=0
ip netns exec remote probe icmp 10.0.0.1
iptables -F OUTPUT
iptables -P OUTPUT DROP
probe tcp 10.0.0.2 443 --timeout 0.3
probe udp 10.0.0.2 53
ip netns exec remote probe tcp 10.0.0.1 22 --timeout 0.3
iptables -A OUTPUT -o lo -j ACCEPT
iptables -A OUTPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
ip netns exec remote probe tcp 10.0.0.1 22
probe tcp 10.0.0.2 443 --timeout 0.3
iptables -A OUTPUT -p tcp --dport 443 -m conntrack --ctstate NEW -j ACCEPT
probe tcp 10.0.0.2 443
probe tcp 127.0.0.1 22
iptables -L OUTPUT -v -n -x
iptables -Z OUTPUT
iptables -L OUTPUT -v -n
probe tcp 10.0.0.2 443
iptables -L OUTPUT -v -n --line-numbers
iptables -Z OUTPUT 3
iptables -L OUTPUT 3 -v -n
iptables -L OUTPUT 2 -v -n
iptables-save -c -t filter | grep -v '^#'
iptables -P OUTPUT ACCEPT

# What curl, wget and ssh say when a router REJECTs their connection with each --reject-with, drops it, has no route, or the TTL runs out on it; the router counts its own errors in OUTPUT as RELATED; a blocking connect (wget, ssh without ConnectTimeout) sends its SYN twice: the first error comes while connect() holds the socket (ICMP rate limit off; the no-route test first, before REJECTs empty ip_error's bucket)
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
sysctl -w net.ipv4.ip_forward=1
sysctl -w net.ipv4.icmp_ratelimit=0
ip netns exec wan serve tcp 80 --name web
iptables -N ERRS
iptables -A OUTPUT -j ERRS
iptables -A ERRS -p icmp --icmp-type network-unreachable -m conntrack --ctstate RELATED
iptables -A ERRS -p icmp --icmp-type host-unreachable -m conntrack --ctstate RELATED
iptables -A ERRS -p icmp --icmp-type time-exceeded -m conntrack --ctstate RELATED
iptables -A ERRS -p icmp -m conntrack --ctstate RELATED
iptables -A ERRS -p tcp --tcp-flags RST RST -m conntrack --ctstate RELATED
iptables -A ERRS -p tcp --tcp-flags RST RST
ip netns exec lan curl -sS -m 2 http://198.51.100.9/ 2>&1 | sed -E 's/after [0-9]+ ms/after N ms/'
ip netns exec lan wget -q -T 2 -t 1 -O - http://198.51.100.9/; echo rc=$?
ip netns exec lan curl -sS -m 2 http://203.0.113.1/; echo rc=$?
iptables -A FORWARD -p tcp --dport 80 -j REJECT --reject-with tcp-reset
ip netns exec lan curl -sS -m 2 http://203.0.113.1/ 2>&1 | sed -E 's/after [0-9]+ ms/after N ms/'
ip netns exec lan wget -q -T 2 -t 1 -O - http://203.0.113.1/; echo rc=$?
iptables -R FORWARD 1 -p tcp --dport 80 -j REJECT
ip netns exec lan curl -sS -m 2 http://203.0.113.1/ 2>&1 | sed -E 's/after [0-9]+ ms/after N ms/'
ip netns exec lan wget -T 2 -t 1 -O /dev/null http://203.0.113.1/ 2>&1 | grep -v '^--'; echo rc=${PIPESTATUS[0]}
iptables -R FORWARD 1 -p tcp --dport 80 -j REJECT --reject-with icmp-net-unreachable
ip netns exec lan curl -sS -m 2 http://203.0.113.1/ 2>&1 | sed -E 's/after [0-9]+ ms/after N ms/'
iptables -R FORWARD 1 -p tcp --dport 80 -j REJECT --reject-with icmp-host-unreachable
ip netns exec lan curl -sS -m 2 http://203.0.113.1/ 2>&1 | sed -E 's/after [0-9]+ ms/after N ms/'
ip netns exec lan wget -q -T 2 -t 1 -O - http://203.0.113.1/; echo rc=$?
iptables -R FORWARD 1 -p tcp --dport 80 -j REJECT --reject-with icmp-proto-unreachable
ip netns exec lan curl -sS -m 2 http://203.0.113.1/ 2>&1 | sed -E 's/after [0-9]+ ms/after N ms/'
iptables -R FORWARD 1 -p tcp --dport 80 -j REJECT --reject-with icmp-net-prohibited
ip netns exec lan curl -sS -m 2 http://203.0.113.1/ 2>&1 | sed -E 's/after [0-9]+ ms/after N ms/'
iptables -R FORWARD 1 -p tcp --dport 80 -j REJECT --reject-with icmp-host-prohibited
ip netns exec lan curl -sS -m 2 http://203.0.113.1/ 2>&1 | sed -E 's/after [0-9]+ ms/after N ms/'
iptables -R FORWARD 1 -p tcp --dport 80 -j REJECT --reject-with icmp-admin-prohibited
ip netns exec lan curl -sS -m 2 http://203.0.113.1/ 2>&1 | sed -E 's/after [0-9]+ ms/after N ms/'
iptables -R FORWARD 1 -p tcp --dport 80 -j DROP
ip netns exec lan curl -sS -m 1 http://203.0.113.1/ 2>&1 | sed -E 's/after [0-9]+ (ms|milliseconds)/after N \1/'
iptables -F FORWARD
iptables -A FORWARD -p tcp --dport 22 -j REJECT --reject-with icmp-host-prohibited
iptables -A FORWARD -p tcp --dport 2222 -j REJECT --reject-with tcp-reset
ip netns exec lan ssh -o BatchMode=yes -o ConnectTimeout=2 203.0.113.1 true; echo rc=$?
ip netns exec lan ssh -o BatchMode=yes -o ConnectTimeout=2 -p 2222 203.0.113.1 true; echo rc=$?
ip netns exec lan ssh -o BatchMode=yes -o ConnectTimeout=2 -p 23 203.0.113.1 true; echo rc=$?
ip netns exec lan ssh -o BatchMode=yes 203.0.113.1 true; echo rc=$?
ip netns exec lan iptables -t mangle -A OUTPUT -p tcp --dport 80 -j TTL --ttl-set 1
ip netns exec lan curl -sS -m 2 http://203.0.113.1/ 2>&1 | sed -E 's/after [0-9]+ ms/after N ms/'
iptables -L ERRS -v -x -n
iptables -L FORWARD -v -x -n

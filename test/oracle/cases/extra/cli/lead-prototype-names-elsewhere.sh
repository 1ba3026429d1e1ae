# Names that are also Object.prototype property names, for ip, sysctl, getent and iptables' name lookups.
ip netns add constructor
ip netns list
ip netns exec toString true; echo rc=$?
ip netns add __proto__
ip netns list
ip link add toString type dummy
ip link show hasOwnProperty; echo rc=$?
sysctl net.ipv4.conf.toString.forwarding
sysctl net.ipv4.conf.valueOf.forwarding; echo rc=$?
getent services toString; echo rc=$?
getent hosts constructor; echo rc=$?
getent protocols __proto__; echo rc=$?
iptables -A INPUT -i toString -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports constructor,valueOf -j ACCEPT; echo rc=$?
iptables -A INPUT -m owner --uid-owner constructor; echo rc=$?
iptables -A INPUT -s constructor; echo rc=$?
iptables -A INPUT -j LOG --log-level toString; echo rc=$?
iptables -A INPUT -p toString; echo rc=$?
iptables -A INPUT -m conntrack --ctstate toString; echo rc=$?
iptables -A INPUT -p icmp --icmp-type constructor; echo rc=$?
iptables -A INPUT -j REJECT --reject-with hasOwnProperty; echo rc=$?
iptables -A INPUT -m addrtype --src-type __proto__; echo rc=$?
iptables -t mangle -A INPUT -j DSCP --set-dscp-class toString; echo rc=$?
iptables -A INPUT -m pkttype --pkt-type constructor; echo rc=$?
ip netns del constructor

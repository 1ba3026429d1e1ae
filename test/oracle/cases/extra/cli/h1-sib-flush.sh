ip6tables -A INPUT -j ACCEPT
ip6tables -A OUTPUT -j ACCEPT
ip6tables -N X
ip6tables -A X -j DROP
ip6tables -F
ip6tables -S
ip6tables -F NOPE
echo rc=$?
ip6tables -F X
ip6tables -X
ip6tables -S
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2
iptables -t nat -F POSTROUTING
iptables -t nat -S
iptables -t nat -F
iptables -t nat -S
iptables -t nat -F FORWARD
echo rc=$?
iptables -t mangle -A PREROUTING -j MARK --set-mark 1
iptables -t mangle -N MM
iptables -t mangle -A MM -j RETURN
iptables -t mangle -F
iptables -t mangle -S
iptables -t raw -A PREROUTING -j CT --notrack
iptables -t raw -A OUTPUT -j NOTRACK
iptables -t raw -S
iptables -t raw -F OUTPUT
iptables -t raw -S
iptables -t raw --flush
iptables -t raw -L -n
iptables -A INPUT -j ACCEPT
iptables -F INPUT OUTPUT
echo rc=$?
iptables -F INPUT 1
echo rc=$?
iptables -F -v
iptables -A INPUT -j ACCEPT
iptables -F INPUT -v
iptables -F -n
echo rc=$?
iptables --flush INPUT
iptables -Z
iptables -Z INPUT
iptables -Z NOPE
echo rc=$?
iptables -L -Z
iptables -A INPUT -j ACCEPT
iptables -Z INPUT 1
iptables -Z INPUT 2
echo rc=$?
iptables -L -n -v -Z INPUT
iptables-legacy -A INPUT -j ACCEPT
iptables-legacy -F
iptables-legacy -S
iptables-nft -t nat -F
iptables-nft -t nat -S

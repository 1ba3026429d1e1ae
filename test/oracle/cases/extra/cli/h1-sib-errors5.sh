ip6tables -A NOPE -j ACCEPT
echo rc=$?
ip6tables -I NOPE -j ACCEPT
echo rc=$?
ip6tables -D NOPE -j ACCEPT
echo rc=$?
ip6tables -D NOPE 1
echo rc=$?
ip6tables -F NOPE
echo rc=$?
ip6tables -L NOPE
echo rc=$?
ip6tables -t nat -A INPUTT -j ACCEPT
echo rc=$?
iptables -R NOPE 1 -j ACCEPT
echo rc=$?
iptables -Z NOPE
echo rc=$?
iptables -S NOPE
echo rc=$?
iptables -S NOPE 1
echo rc=$?
iptables -L NOPE 1
echo rc=$?
iptables -P NOPE DROP
echo rc=$?
iptables -C NOPE -j ACCEPT
echo rc=$?
iptables -A input -j ACCEPT
echo rc=$?
iptables -t mangle -A INPUTT -j ACCEPT
echo rc=$?
iptables -t raw -I NOPE 1 -j ACCEPT
echo rc=$?
iptables -A INPUT -j NOPE
echo rc=$?
iptables -A INPUT -g NOPE
echo rc=$?
iptables -A INPUT -j accept
echo rc=$?
iptables -A INPUT -j MASQUERADE
echo rc=$?
iptables -A INPUT -j DNAT --to-destination 1.2.3.4
echo rc=$?
iptables -t nat -A PREROUTING -j REJECT
echo rc=$?
iptables -t nat -A POSTROUTING -j DROP
echo rc=$?
iptables -A INPUT -g ACCEPT
echo rc=$?
iptables -A INPUT -g RETURN
echo rc=$?
iptables -S
iptables-legacy -A NOPE -j ACCEPT
echo rc=$?
iptables-legacy -L NOPE
echo rc=$?
iptables-legacy -F NOPE
echo rc=$?
iptables-legacy -A INPUT -j NOPE
echo rc=$?
iptables-legacy -t nat -A POSTROUTING -j DROP
echo rc=$?
iptables-legacy -A INPUT -j MASQUERADE
echo rc=$?
iptables-legacy -S

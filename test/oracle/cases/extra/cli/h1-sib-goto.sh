ip6tables -N G
ip6tables -A FORWARD -p udp -g G
ip6tables -A G -j RETURN
ip6tables -L FORWARD -n
ip6tables -L FORWARD -n -v
ip6tables-save
iptables -N G
iptables -N H
iptables -A INPUT -p tcp ! --dport 22 -g G
iptables -A INPUT -g H
iptables -A G -j H
iptables -A H -j RETURN
iptables -A OUTPUT --goto G
iptables -L -n
iptables -L INPUT -v
iptables -L G -n --line-numbers
iptables -S
iptables -C INPUT -g H
echo rc=$?
iptables -C INPUT -j H
echo rc=$?
iptables -D INPUT -j H
echo rc=$?
iptables -D INPUT -g H
iptables -X H
echo rc=$?
iptables -F G
iptables -X H
iptables -A INPUT -g
echo rc=$?
iptables -A INPUT -g G -j ACCEPT
echo rc=$?
iptables -A INPUT -j G -g G
echo rc=$?
iptables -t nat -N NG
iptables -t nat -A PREROUTING -g NG
iptables -t nat -A NG -p tcp -j DNAT --to-destination 10.1.1.1
iptables -t nat -A NG -j RETURN
iptables -t nat -L -n -v
iptables-save -t nat
iptables -t mangle -N MG
iptables -t mangle -A OUTPUT -g MG
iptables -t mangle -A MG -j MARK --set-mark 7
iptables -t mangle -L -n
iptables-legacy -N G
iptables-legacy -A FORWARD -p udp -g G
iptables-legacy -A G -j RETURN
iptables-legacy -L FORWARD -n
iptables-legacy -L FORWARD -n -v
iptables-legacy -S
iptables-legacy-save | grep -v '^#'

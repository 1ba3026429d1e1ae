ip link set lo up
ip6tables -A OUTPUT -p tcp --dport 81 -m addrtype --dst-type LOCAL
ip6tables -A OUTPUT -p tcp --dport 81 -m addrtype --src-type UNICAST
ip6tables -A OUTPUT -p tcp --dport 81 -m addrtype ! --dst-type LOCAL
ip6tables -A OUTPUT -p tcp --dport 81 -m addrtype --dst-type MULTICAST
ip6tables -A OUTPUT -p tcp --dport 81 -m addrtype --dst-type UNREACHABLE
ip6tables -A OUTPUT -p tcp --dport 81 -m addrtype --src-type LOCAL,UNICAST
ip6tables -A OUTPUT -p tcp --dport 81 -m conntrack --ctorigsrc ::1
ip6tables -A OUTPUT -p tcp --dport 81 -m conntrack --ctorigdst ::2
ip6tables -A OUTPUT -p tcp --dport 81 -m conntrack ! --ctrepldst ::1
ip6tables -A OUTPUT -p tcp --dport 81 -m conntrack --ctreplsrc ::/64
ip6tables -A OUTPUT -p tcp --dport 81 -m recent --set --name six
ip6tables -A INPUT -p tcp --sport 81 -m recent --rcheck --name six
ip6tables -A INPUT -p tcp --sport 81 -m recent --rcheck --rdest --name six
ip6tables -A INPUT -p tcp --sport 81 -m conntrack --ctorigsrc ::1 --ctstate ESTABLISHED
iptables -A OUTPUT -p tcp --dport 81 -m recent --set --name six
curl -s -6 http://localhost:81/; echo rc=$?
curl -s http://[::1]:81/; echo rc=$?
ip6tables -L -v -n -x | grep -v '^Chain'
cat /proc/net/xt_recent/six | sed 's/last_seen.*//'

# one curl to localhost touches both families: counters in iptables and ip6tables side by side
iptables -A INPUT -i lo -p tcp --dport 81 -j ACCEPT
ip6tables -A INPUT -i lo -p tcp --dport 81 -j ACCEPT
iptables -A OUTPUT -o lo -p tcp --tcp-flags RST RST -j ACCEPT
ip6tables -A OUTPUT -o lo -p tcp --tcp-flags RST RST -j ACCEPT
ip6tables -A OUTPUT -o lo -p tcp --syn -j ACCEPT
curl -sS http://localhost:81/; echo rc=$?
iptables -L -v -n -x
ip6tables -L -v -n -x
iptables -Z; ip6tables -Z
iptables -I INPUT -p tcp --dport 81 -j REJECT --reject-with tcp-reset
curl -sSv http://localhost:81/; echo rc=$?
iptables-save -c | grep -v '^#'
ip6tables-save -c | grep -v '^#'
ip6tables -I INPUT -s ::1 -d ::1 -p tcp --dport 81 -j REJECT --reject-with tcp-reset
ip6tables -I INPUT -s ::2 -p tcp --dport 81 -j DROP
curl -sS http://localhost:81/; echo rc=$?
ip6tables -L INPUT -v -n -x --line-numbers
curl -sS -4 http://localhost:81/; echo rc=$?
curl -sS -6 http://localhost:81/; echo rc=$?
ip6tables -L INPUT -v -n -x --line-numbers
iptables -L INPUT -v -n -x --line-numbers

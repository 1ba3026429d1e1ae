iptables -A INPUT -m conntrack --ctproto mptcp -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --proto mptcp -j ACCEPT
iptables -A INPUT -m ipvs --vproto mptcp -j ACCEPT
iptables -S
iptables-legacy -A INPUT -m conntrack --ctproto mptcp -j ACCEPT
iptables-legacy -S
ebtables -A INPUT -p IPv4 --ip-proto mptcp -j ACCEPT
ebtables -L
ip6tables -A INPUT -m ipv6header --header mptcp -j ACCEPT
ebtables -A OUTPUT -p IPv6 --ip6-proto mptcp -j ACCEPT
ebtables -L OUTPUT
ebtables-legacy -A INPUT -p IPv4 --ip-proto mptcp -j ACCEPT 2>/dev/null; ebtables-legacy -L INPUT 2>/dev/null; echo $?
ip6tables -A INPUT -m conntrack --ctproto mptcp -j ACCEPT
ip6tables -L -n
iptables -A INPUT -m conntrack ! --ctproto mptcp -j ACCEPT
iptables -L INPUT -n
ip6tables -S
iptables-translate -A INPUT -m conntrack --ctproto mptcp -j ACCEPT

ip6tables -P INPUT DROP
ip6tables -A INPUT -i lo -j ACCEPT
ip6tables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
ip6tables -A INPUT -m conntrack --ctstate INVALID -j DROP
ip6tables -A INPUT -p ipv6-icmp -j ACCEPT
ip6tables -A INPUT -s fe80::/10 -p udp --dport 546 -j ACCEPT
ip6tables -A INPUT -p tcp --dport 22 -m conntrack --ctstate NEW -j ACCEPT
ip6tables -A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT
ip6tables -A INPUT -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -A FORWARD -j REJECT --reject-with icmp6-no-route
ip6tables -A FORWARD -j REJECT --reject-with tcp-reset -p tcp
ip6tables -A FORWARD -j REJECT --reject-with icmp6-port-unreachable
ip6tables -A FORWARD -j REJECT --reject-with icmp6-addr-unreachable
ip6tables -A FORWARD -j REJECT --reject-with addr-unreach
ip6tables -A FORWARD -j REJECT --reject-with no-route
ip6tables -A FORWARD -j REJECT --reject-with adm-prohibited
ip6tables -A FORWARD -j REJECT --reject-with port-unreach
ip6tables -A FORWARD -j REJECT --reject-with icmp6-policy-fail
ip6tables -A FORWARD -j REJECT --reject-with icmp6-reject-route
ip6tables -A FORWARD -j REJECT --reject-with policy-fail
ip6tables -A FORWARD -j REJECT --reject-with reject-route
ip6tables -A FORWARD -j REJECT
ip6tables -L -n -v --line-numbers
ip6tables-save
ip6tables -A FORWARD -j REJECT --reject-with icmp-host-prohibited
echo rc=$?
ip6tables -A FORWARD -j REJECT --reject-with tcp-reset
echo rc=$?
iptables -P INPUT DROP
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -m state --state INVALID -j DROP
iptables -A INPUT -p tcp --dport 22 -m state --state NEW -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 80,443,8000:8100 -j ACCEPT
iptables -A INPUT -p udp -m multiport --sports 53,123 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --ports 25 -j ACCEPT
iptables -A INPUT -j REJECT --reject-with icmp-net-unreachable
iptables -A INPUT -j REJECT --reject-with icmp-host-unreachable
iptables -A INPUT -j REJECT --reject-with icmp-proto-unreachable
iptables -A INPUT -j REJECT --reject-with icmp-net-prohibited
iptables -A INPUT -j REJECT --reject-with icmp-admin-prohibited
iptables -A INPUT -p tcp -j REJECT --reject-with tcp-reset
iptables -A INPUT -p tcp -j REJECT --reject-with tcp-rst
iptables -A INPUT -j REJECT --reject-with net-unreach
iptables -A INPUT -j REJECT --reject-with host-prohib
iptables -A INPUT -j REJECT --reject-with icmp-port-unreachable
iptables -A INPUT -j REJECT
iptables -L -n -v --line-numbers
iptables-save
iptables -A INPUT -j REJECT --reject-with icmp6-no-route
echo rc=$?
iptables -A INPUT -j REJECT --reject-with bogus
echo rc=$?
iptables -A INPUT -j REJECT --reject-with
echo rc=$?
iptables -A INPUT -p udp -j REJECT --reject-with tcp-reset
echo rc=$?
iptables -P INPUT ACCEPT
iptables -F
iptables -S

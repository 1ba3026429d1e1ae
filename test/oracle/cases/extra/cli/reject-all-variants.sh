iptables -A INPUT -j REJECT --reject-with icmp-net-unreachable
iptables -A INPUT -j REJECT --reject-with icmp-host-unreachable
iptables -A INPUT -j REJECT --reject-with icmp-port-unreachable
iptables -A INPUT -j REJECT --reject-with icmp-proto-unreachable
iptables -A INPUT -j REJECT --reject-with icmp-net-prohibited
iptables -A INPUT -j REJECT --reject-with icmp-host-prohibited
iptables -A INPUT -j REJECT --reject-with icmp-admin-prohibited
iptables -A INPUT -p tcp -j REJECT --reject-with tcp-reset
iptables -A INPUT -p tcp -j REJECT --reject-with tcp-rst
iptables -A INPUT -j REJECT --reject-with net-unreach
iptables -A INPUT -j REJECT --reject-with host-unreach
iptables -A INPUT -j REJECT --reject-with port-unreach
iptables -A INPUT -j REJECT --reject-with proto-unreach
iptables -A INPUT -j REJECT --reject-with net-prohib
iptables -A INPUT -j REJECT --reject-with host-prohib
iptables -A INPUT -j REJECT --reject-with admin-prohib
iptables -A INPUT -j REJECT --reject-with tcp-reset
iptables -A INPUT -j REJECT --reject-with icmp-bogus
iptables -S INPUT
iptables -L INPUT -n

# REJECT: every reply type, aliases and prefixes, errors, table/hook limits.
iptables -A INPUT -p tcp -j REJECT
iptables -A INPUT -p tcp -j REJECT --reject-with tcp-reset
iptables -A INPUT -p tcp -j REJECT --reject-with tcp
iptables -A INPUT -p tcp -j REJECT --reject-with tcp-rst
iptables -A INPUT -j REJECT --reject-with ICMP-HOST-UNREACHABLE
iptables -A INPUT -j REJECT --reject-with ""
iptables -A INPUT -j REJECT --reject-with net-unreach
iptables -A INPUT -j REJECT --reject-with host-unreach
iptables -A INPUT -j REJECT --reject-with proto-unreach
iptables -A INPUT -j REJECT --reject-with port-unreach
iptables -A INPUT -j REJECT --reject-with net-prohib
iptables -A INPUT -j REJECT --reject-with host-prohib
iptables -A INPUT -j REJECT --reject-with admin-prohib
iptables -A INPUT -j REJECT --reject-with icmp-net-unreachable
iptables -A INPUT -j REJECT --reject-with icmp-host-unreachable
iptables -A INPUT -j REJECT --reject-with icmp-proto-unreachable
iptables -A INPUT -j REJECT --reject-with icmp-port-unreachable
iptables -A INPUT -j REJECT --reject-with icmp-net-prohibited
iptables -A INPUT -j REJECT --reject-with icmp-host-prohibited
iptables -A INPUT -j REJECT --reject-with icmp-admin-prohibited
iptables -A INPUT -j REJECT --reject-with icmp-h
iptables -A INPUT -j REJECT --reject-with bogus
iptables -A INPUT -j REJECT --reject-with echo-reply
iptables -A INPUT -j REJECT --reject-with E
iptables -A INPUT -j REJECT --reject-with port-unreach --reject-with tcp-reset
iptables -A INPUT -j REJECT ! --reject-with port-unreach
iptables -A FORWARD -j REJECT
iptables -A OUTPUT -p tcp -j REJECT --reject-with tcp-reset
iptables -A OUTPUT -j REJECT --reject-with tcp-reset
iptables -A OUTPUT -p udp -j REJECT --reject-with tcp-reset
iptables -A OUTPUT ! -p tcp -j REJECT --reject-with tcp-reset
iptables -A OUTPUT ! -p udp -j REJECT --reject-with tcp-reset
iptables -t raw -A PREROUTING -j REJECT
iptables -t raw -A OUTPUT -j REJECT
iptables -t mangle -A INPUT -j REJECT
iptables -t mangle -A FORWARD -j REJECT
iptables -t nat -A OUTPUT -j REJECT
iptables -t security -A INPUT -j REJECT
iptables -S
iptables -L
iptables -L -n

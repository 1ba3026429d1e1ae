# CT, NOTRACK and TRACE: options, the NOTRACK alias, errors, table limits.
iptables -t raw -A PREROUTING -j CT --notrack
iptables -t raw -A PREROUTING -j CT --zone 5
iptables -t raw -A PREROUTING -j CT --zone mark
iptables -t raw -A PREROUTING -j CT --zone-orig 7
iptables -t raw -A PREROUTING -j CT --zone-reply MARK
iptables -t raw -A PREROUTING -j CT --zone 0
iptables -t raw -A PREROUTING -j CT
iptables -t raw -A PREROUTING -j CT --notrack --zone 3
iptables -t raw -A PREROUTING -j CT --ctevents related,new
iptables -t raw -A PREROUTING -j CT --expevents new
iptables -t raw -A PREROUTING -p tcp -j CT --helper ftp
iptables -t raw -A PREROUTING -p udp -j CT --helper tftp
iptables -t raw -A PREROUTING -j CT --zone 70000
iptables -t raw -A PREROUTING -j CT --zone x
iptables -t raw -A PREROUTING -j CT --ctevents new,bogus
iptables -t raw -A PREROUTING -j CT --ctevents new,
iptables -t raw -A PREROUTING -p tcp -j CT --helper nosuch
iptables -t raw -A PREROUTING -j CT --helper ftp
iptables -t raw -A PREROUTING -p udp -j CT --helper ftp
iptables -t raw -A PREROUTING -j CT --timeout foo
iptables -t raw -A PREROUTING -j CT --notrack --notrack
iptables -t raw -A OUTPUT -j CT --notrack
iptables -t raw -A OUTPUT -j NOTRACK
iptables -t raw -A OUTPUT -j NOTRACK --notrack
iptables -A INPUT -j CT --notrack
iptables -t mangle -A PREROUTING -j CT --notrack
iptables -A INPUT -j NOTRACK
iptables -t mangle -A OUTPUT -j NOTRACK
iptables -t raw -A PREROUTING -p tcp -j TRACE
iptables -t raw -A OUTPUT -p icmp -j TRACE
iptables -A INPUT -j TRACE
iptables -t nat -A PREROUTING -j TRACE
iptables -t mangle -A FORWARD -j TRACE
iptables -t mangle -A FORWARD -j TRACE --foo
iptables -t raw -S
iptables -t raw -L
iptables -t raw -L -n
iptables -S
iptables -t nat -S
iptables -t mangle -S

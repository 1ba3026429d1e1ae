iptables -t raw -A PREROUTING -j CT --notrack
iptables -t raw -A PREROUTING -p tcp --dport 21 -j CT --helper ftp
iptables -t raw -A OUTPUT -j CT --zone 1
iptables -t raw -A OUTPUT -j CT --ctevents new,destroy
iptables -t raw -A OUTPUT -j CT --zone-orig 2
iptables -t raw -A PREROUTING -j NOTRACK
iptables -t raw -A PREROUTING -j CT --timeout foo
iptables -t filter -A INPUT -j CT --notrack
iptables -t raw -A PREROUTING -j TRACE
iptables -t raw -S
iptables -t raw -L -n

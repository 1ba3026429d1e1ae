# Siblings of match-conntrack with traffic on lo: --ctexpire ranges against UDP, ICMP and closed TCP timeouts, --ctstatus ASSURED/SEEN_REPLY/CONFIRMED/NONE/EXPECTED
serve udp 53
serve tcp 80
iptables -A INPUT -m conntrack --ctexpire 25:30 -p udp
iptables -A INPUT -m conntrack --ctexpire 0:24 -p udp
iptables -A INPUT -m conntrack --ctexpire 115:120 -p udp
iptables -A INPUT -m conntrack --ctexpire 29:30 -p icmp
iptables -A INPUT -m conntrack --ctexpire 100:120 -p tcp
iptables -A INPUT -m conntrack --ctexpire 431990:432000 -p tcp
iptables -A INPUT -m conntrack --ctexpire 0:10 -p tcp
iptables -A INPUT -m conntrack --ctexpire 55:60 -p tcp
iptables -A INPUT -m conntrack ! --ctexpire 0:5 -p tcp
iptables -A INPUT -m conntrack --ctstatus ASSURED -p udp
iptables -A INPUT -m conntrack --ctstatus SEEN_REPLY -p tcp
iptables -A INPUT -m conntrack --ctstatus ASSURED -p tcp
iptables -A INPUT -m conntrack --ctstatus CONFIRMED
iptables -A INPUT -m conntrack --ctstatus NONE
iptables -A INPUT -m conntrack --ctstatus EXPECTED
probe udp 127.0.0.1 53
probe udp 127.0.0.1 53
probe icmp 127.0.0.1
probe tcp 127.0.0.1 80
iptables -L INPUT -v -n -x

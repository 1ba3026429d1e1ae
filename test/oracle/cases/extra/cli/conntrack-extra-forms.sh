iptables -A INPUT -m conntrack --ctproto 6 -j ACCEPT
iptables -A INPUT -m conntrack --ctproto udp --ctorigdstport 53 -j ACCEPT
iptables -A INPUT -m conntrack ! --ctstatus ASSURED -j ACCEPT
iptables -A INPUT -m conntrack --ctexpire 100 -j ACCEPT
iptables -A INPUT -m conntrack ! --ctexpire 5:10 -j ACCEPT
iptables -A INPUT -m conntrack --ctstate NEW ! --ctdir REPLY -j ACCEPT
iptables -A INPUT -m conntrack --ctorigsrc 10.0.0.0/255.255.0.0 -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n

iptables -A INPUT -m conntrack --ctstate BOGUS -j ACCEPT
iptables -A INPUT -m conntrack --ctstatus BOGUS -j ACCEPT
iptables -A INPUT -m conntrack --ctdir BOTH -j ACCEPT
iptables -A INPUT -m conntrack -j ACCEPT
iptables -A INPUT -m conntrack --ctstate new -j ACCEPT
iptables -A INPUT -m conntrack --ctstate NEW --ctstate ESTABLISHED -j ACCEPT
iptables -S INPUT

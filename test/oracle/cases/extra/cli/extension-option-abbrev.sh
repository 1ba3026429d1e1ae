iptables -A INPUT -p tcp --dp 22 -j ACCEPT
iptables -A INPUT -p tcp --dpo 23 -j ACCEPT
iptables -A INPUT -p tcp --sp 1000 -j ACCEPT
iptables -A INPUT -p tcp --d 24 -j ACCEPT
iptables -A INPUT -p tcp --destination-p 25 -j ACCEPT
iptables -A INPUT -m comment --comm hi -j ACCEPT
iptables -A INPUT -m conntrack --ctst NEW -j ACCEPT
iptables -A INPUT -j LOG --log-p pfx
iptables -S INPUT

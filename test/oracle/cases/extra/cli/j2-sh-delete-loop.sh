# deleting every DROP rule by number, highest first, the way forum answers pipe it
for ip in 192.0.2.1 192.0.2.2 192.0.2.3; do iptables -A INPUT -s $ip -j DROP; iptables -A INPUT -s $ip -p tcp --dport 22 -j ACCEPT; done
iptables -L INPUT -n --line-numbers
iptables -L INPUT -n --line-numbers | awk '$2=="DROP"{print $1}' | sort -rn | while read n; do iptables -D INPUT $n; done; echo rc=$?
iptables -L INPUT -n --line-numbers
iptables -L INPUT -n --line-numbers | grep 192.0.2.2 | awk '{print $1}' | xargs -r iptables -D INPUT; echo rc=$?
iptables -S INPUT | grep -- '-A INPUT' | sed 's/^-A/iptables -D/' | sh; echo rc=$?
iptables -S INPUT

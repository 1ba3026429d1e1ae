# state names in lowercase, with spaces after commas, or with the wrong option name
iptables -A INPUT -m state --state new -j ACCEPT; echo rc=$?
iptables -A INPUT -m state --state NEW,established -j ACCEPT; echo rc=$?
iptables -A INPUT -m state --state ESTABLISHED, RELATED -j ACCEPT; echo rc=$?
iptables -A INPUT -m conntrack --ctstate ESTABLISHED RELATED -j ACCEPT; echo rc=$?
iptables -A INPUT -m conntrack --ctstate "ESTABLISHED, RELATED" -j ACCEPT; echo rc=$?
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED, -j ACCEPT; echo rc=$?
iptables -A INPUT -m conntrack --state NEW -j ACCEPT; echo rc=$?
iptables -A INPUT -m state --ctstate NEW -j ACCEPT; echo rc=$?
iptables -A INPUT --state NEW -j ACCEPT; echo rc=$?
iptables -A INPUT -m state --state NEW,FOO -j ACCEPT; echo rc=$?
iptables -A INPUT -m conntrack --ctstate established,related -j ACCEPT; echo rc=$?
iptables -S INPUT

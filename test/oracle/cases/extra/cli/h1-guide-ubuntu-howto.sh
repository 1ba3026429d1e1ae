# Ubuntu community IptablesHowTo typed in order: allow established, ssh, web, drop rest, lo inserted first, limited logging, save, restore, and the usual slips
iptables -L
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -p tcp --dport ssh -j ACCEPT
iptables -A INPUT -p tcp --dport 80 -j ACCEPT
iptables -A INPUT -j DROP
iptables -L
iptables -L -v
iptables -I INPUT 1 -i lo -j ACCEPT
iptables -L -v
iptables -I INPUT 5 -m limit --limit 5/min -j LOG --log-prefix "iptables denied: " --log-level 7
iptables -L -n -v --line-numbers
iptables -L INPUT -n --line-numbers
iptables -A INPUT -p tcp -i eth0 --dport ssh -j ACCEPT
iptables -A INPUT -p tcp -i eth0 --dport 80 -j ACCEPT
iptables -I INPUT 7 -p tcp --dport 443 -j ACCEPT
iptables -I INPUT 9 -p tcp --dport 443 -j ACCEPT
sh -c "iptables-save > /tmp/iptables.rules"
cat /tmp/iptables.rules | grep -v '^#'
iptables -F
iptables -L
iptables-restore < /tmp/iptables.rules
iptables -L -n
iptables -D INPUT -j DROP
iptables -D INPUT -j DROP
iptables -A INPUT -j drop
iptables -A INPUT -p tcp --dport 22 -j ACCEPT -m comment --comment "allow ssh"
iptables -A INPUT -j LOG --log-prefix "iptables denied: " --log-level debug
iptables -S INPUT
iptables -P INPUT DROP
iptables -L INPUT
iptables-save -c | grep -v '^#'

iptables-legacy -A INPUT -p tcp -s 10.0.0.1 --dport 22 -j ACCEPT
iptables-legacy -A INPUT -p 47 -j ACCEPT
iptables-legacy -N LEG
iptables-legacy -A FORWARD -j LEG
iptables-legacy -L -n
iptables-legacy -L -v -n
iptables-legacy -S
iptables-legacy-save | grep -v '^#'
iptables -L -n
iptables -S
iptables-save

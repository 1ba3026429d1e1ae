iptables -A INPUT -s 10.0.0.1 -j ACCEPT
iptables -A INPUT -s 10.0.0.2 -j DROP
iptables-save | grep -c -- '-A'
iptables -S | wc -l
iptables -L -n | grep DROP
iptables -L INPUT -n --line-numbers | awk '$2=="DROP"{print $1}'
iptables-save | sed -n '/^\*/p'

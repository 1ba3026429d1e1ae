# thegeekstuff-style "25 iptables rules" typed in order: per-interface in/out pairs, multiport, -t after -A, limit for DoS, ping both ways, logging chain, load balancing with nth
iptables -F
iptables -P INPUT DROP
iptables -P FORWARD DROP
iptables -P OUTPUT DROP
iptables -A INPUT -i eth0 -p tcp --dport 22 -m state --state NEW,ESTABLISHED -j ACCEPT
iptables -A OUTPUT -o eth0 -p tcp --sport 22 -m state --state ESTABLISHED -j ACCEPT
iptables -A INPUT -i eth0 -p tcp -s 192.168.100.0/24 --dport 22 -m state --state NEW,ESTABLISHED -j ACCEPT
iptables -A INPUT -i eth0 -p tcp -m multiport --dports 22,80,443 -m state --state NEW,ESTABLISHED -j ACCEPT
iptables -A OUTPUT -o eth0 -p tcp -m multiport --sports 22,80,443 -m state --state ESTABLISHED -j ACCEPT
iptables -A OUTPUT -o eth0 -p tcp --dport 22 -m state --state NEW,ESTABLISHED -j ACCEPT
iptables -A INPUT -i eth0 -p tcp --sport 22 -m state --state ESTABLISHED -j ACCEPT
iptables -A PREROUTING -i eth0 -p tcp --dport 443 -m state --state NEW -m nth --counter 0 --every 3 --packet 0 -j DNAT --to-destination 192.168.1.101:443
iptables -A PREROUTING -t nat -i eth0 -p tcp --dport 443 -m state --state NEW -m statistic --mode nth --every 3 --packet 0 -j DNAT --to-destination 192.168.1.101:443
iptables -A PREROUTING -t nat -i eth0 -p tcp --dport 443 -m state --state NEW -m statistic --mode nth --every 3 --packet 1 -j DNAT --to-destination 192.168.1.102:443
iptables -A PREROUTING -t nat -i eth0 -p tcp --dport 443 -m state --state NEW -m statistic --mode nth --every 3 --packet 3 -j DNAT --to-destination 192.168.1.103:443
iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type echo-reply -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -A INPUT -p icmp --icmp-type echo-reply -j ACCEPT
iptables -A INPUT -i lo -j ACCEPT
iptables -A OUTPUT -o lo -j ACCEPT
iptables -A FORWARD -i eth0 -o eth1 -j ACCEPT
iptables -A INPUT -i eth0 -p tcp --dport 80 -m limit --limit 25/minute --limit-burst 100 -j ACCEPT
iptables -A INPUT -p tcp --dport 80 -m limit --limit 25/minutes -j ACCEPT
iptables -A INPUT -p tcp --dport 80 -m limit --limit 25/hr -j ACCEPT
iptables -A INPUT -p tcp --dport 80 -m limit --limit 25/week -j ACCEPT
iptables -A INPUT -p tcp --dport 80 -m limit --limit-burst 0 -j ACCEPT
iptables -A PREROUTING -t nat -i eth0 -p tcp --dport 422 -j DNAT --to 192.168.102.37:22
iptables -A INPUT -i eth0 -p udp --dport 53 -j ACCEPT
iptables -A OUTPUT -p udp -o eth0 --dport 53 -j ACCEPT
iptables -A INPUT -p udp -i eth0 --sport 53 -j ACCEPT
iptables -N LOGGING
iptables -A INPUT -j LOGGING
iptables -A LOGGING -m limit --limit 2/min -j LOG --log-prefix "IPTables Packet Dropped: " --log-level 7
iptables -A LOGGING -j DROP
iptables -A LOGGING -j LOG --log-prefix "IPTables-Dropped-because-of-a-long-prefix: "
iptables -A LOGGING -j LOG --log-level 8
iptables -A LOGGING -j LOG --log-level warn
iptables -A LOGGING -j LOG --log-level emerg --log-tcp-sequence --log-tcp-options --log-ip-options --log-uid
iptables -L -n -v --line-numbers
iptables -t nat -S
iptables -S LOGGING

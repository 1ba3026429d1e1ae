iptables -vv -P INPUT DROP
iptables -vv -A INPUT -i lo -j ACCEPT
iptables -vv -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -vv -A INPUT -m conntrack --ctstate INVALID -j DROP
iptables -vv -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -vv -A INPUT -p tcp --dport 22 -m conntrack --ctstate NEW -j ACCEPT
iptables -vv -A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT
iptables -vv -A INPUT -j REJECT --reject-with icmp-host-prohibited
iptables -vv -L -n -v --line-numbers
iptables-save

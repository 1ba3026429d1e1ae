iptables -N WEB
iptables -N EMPTY
iptables -A INPUT -p tcp --dport 80 -j WEB
iptables -A WEB -s 10.0.0.1 -j ACCEPT
iptables -A WEB -j DROP
iptables -L --line-numbers -n
iptables -L WEB --line-numbers -n
iptables -L EMPTY --line-numbers

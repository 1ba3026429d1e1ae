# DigitalOcean-style "iptables essentials" cheat sheet typed in order: stateful basics, per-service rules, listings, deletes by spec and number, counters, a few slips
iptables -L --line-numbers
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A OUTPUT -m conntrack --ctstate ESTABLISHED -j ACCEPT
iptables -A INPUT -i lo -j ACCEPT
iptables -A OUTPUT -o lo -j ACCEPT
iptables -A FORWARD -i eth1 -o eth0 -j ACCEPT
iptables -A INPUT -m conntrack --ctstate INVALID -j DROP
iptables -A INPUT -s 15.15.15.51 -j DROP
iptables -A INPUT -s 15.15.15.51 -j REJECT
iptables -A INPUT -i eth0 -s 15.15.15.51 -j DROP
iptables -A INPUT -p tcp --dport 22 -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT
iptables -A OUTPUT -p tcp --sport 22 -m conntrack --ctstate ESTABLISHED -j ACCEPT
iptables -A INPUT -p tcp -s 15.15.15.0/24 --dport 22 -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT
iptables -A INPUT -p tcp -s 15.15.15.0/24 --dport 873 -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT
iptables -A OUTPUT -p tcp --sport 873 -m conntrack --ctstate ESTABLISHED -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 80,443 -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT
iptables -A OUTPUT -p tcp -m multiport --dports 80,443 -m conntrack --ctstate ESTABLISHED -j ACCEPT
iptables -A INPUT -i eth1 -p tcp --dport 3306 -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT
iptables -A OUTPUT -o eth1 -p tcp --sport 3306 -m conntrack --ctstate ESTABLISHED -j ACCEPT
iptables -A INPUT -p tcp -s 15.15.15.0/24 --dport 5432 -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT
iptables -A OUTPUT -p tcp --dport 25 -j REJECT
iptables -A INPUT -p tcp -m multiport --dports 143,993 -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 110,995 -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT
iptables -L
iptables -L INPUT -v -n --line-numbers
iptables -S
iptables -S TCP
iptables -S INPUT | head -5
iptables -D INPUT -m conntrack --ctstate INVALID -j DROP
iptables -D INPUT -m conntrack --ctstate INVALID -j DROP
iptables -D INPUT 3
iptables -D INPUT 30
iptables -L INPUT --line-numbers -n
iptables -Z
iptables -Z INPUT
iptables -Z INPUT 1
iptables -Z INPUT 99
iptables -A INPUT -p tcp --dport 22 -j accept
iptables -A input -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p tcp --dport ssh -m conntrack --cstate NEW -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dport 80,443 -j ACCEPT
iptables -I INPUT 1 -p tcp --dport 22 -j ACCEPT
iptables -P INPUT DROP
iptables -P INPUT drop
iptables -L -n | head -12
iptables -F INPUT
iptables -P INPUT ACCEPT
iptables -F
iptables -X
iptables -t nat -F
iptables -t mangle -F
iptables -S

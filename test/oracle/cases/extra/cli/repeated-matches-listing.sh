iptables -A INPUT -p tcp -m tcp --dport 22 -m tcp --sport 1000 -j ACCEPT
iptables -A INPUT -m state --state NEW -m state --state ESTABLISHED -j ACCEPT
iptables -A INPUT -m conntrack ! --ctstate NEW,ESTABLISHED -j ACCEPT
iptables -A INPUT ! -m tcp -j ACCEPT
iptables -A INPUT -p tcp --dport 22 --sport 22 -j ACCEPT
iptables -A INPUT -p tcp --sport 22 --dport 23 -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n

iptables -A INPUT -p tcp -m tcp --dport 22 -m tcp --sport 1000 -j ACCEPT
iptables -C INPUT -p tcp -m tcp --sport 1000 --dport 22 -j ACCEPT
iptables -C INPUT -p tcp -m tcp --dport 22 -m tcp --sport 1000 -j ACCEPT
iptables -D INPUT -p tcp --sport 1000 --dport 22 -j ACCEPT
iptables -S INPUT

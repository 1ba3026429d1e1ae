iptables-legacy -C INPUT -j ACCEPT
iptables-legacy -C INPUT -j LOG
iptables-legacy -C INPUT -s 1.2.3.4
iptables-legacy -N u
iptables-legacy -C INPUT -j u
iptables-legacy -C INPUT -m comment --comment x -j ACCEPT
iptables-legacy -D INPUT -j LOG
iptables-legacy -D INPUT -j ACCEPT
iptables-legacy -A INPUT -j ACCEPT
iptables-legacy -C INPUT -j DROP
iptables-legacy -C INPUT -j LOG
iptables-legacy -C NOPE -j LOG
iptables-legacy -C NOPE -j ACCEPT

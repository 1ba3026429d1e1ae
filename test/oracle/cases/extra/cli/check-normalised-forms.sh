iptables -A INPUT -s 10.1.2.3/8 -j ACCEPT
iptables -C INPUT -s 10.0.0.0/8 -j ACCEPT
iptables -A INPUT -p tcp --dport 22:22 -j ACCEPT
iptables -C INPUT -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p tcp --dport ssh -j DROP
iptables -D INPUT -p tcp --dport 22 -j DROP
iptables -A INPUT -s 0.0.0.0/0 -p all -j ACCEPT
iptables -C INPUT -j ACCEPT
iptables -A INPUT -p tcp --syn -j ACCEPT
iptables -C INPUT -p tcp --tcp-flags SYN,RST,ACK,FIN SYN -j ACCEPT
iptables -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -C INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -S INPUT

iptables -A INPUT -p tcp -m multiport --dports 22,80,443 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 1000:2000,3000 -j ACCEPT
iptables -A INPUT -p udp -m multiport --sports 53,123 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --ports 22,80 -j ACCEPT
iptables -A INPUT -p tcp -m multiport ! --dports 22,80 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports ssh,http,https -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports :1024 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 1024: -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dport 22 -j ACCEPT
iptables -A INPUT -p sctp -m multiport --dports 22,80 -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
iptables -L INPUT

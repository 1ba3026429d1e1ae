iptables -A INPUT -p tcp -m multiport ! --dports 0:1023 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 0:65535 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 22 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 22,22 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --sports 80:80 -j ACCEPT
iptables -A INPUT -p tcp -m multiport ! --ports 22 -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n

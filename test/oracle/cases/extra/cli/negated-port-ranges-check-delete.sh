iptables -A INPUT -p tcp ! --dport 0:1023 -j ACCEPT
iptables -C INPUT -p tcp ! --dport 0:1023 -j ACCEPT
iptables -C INPUT -p tcp --dport 1024:65535 -j ACCEPT
iptables -D INPUT -p tcp --dport 1024:65535 -j ACCEPT
iptables -S INPUT
iptables -A INPUT -p tcp ! --dport 0:1023 -j ACCEPT
iptables-save -t filter

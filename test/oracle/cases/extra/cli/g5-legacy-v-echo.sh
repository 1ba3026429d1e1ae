iptables-legacy -N a
iptables-legacy -v -R a 1 -j ACCEPT
iptables-legacy -v -R INPUT 2 -j ACCEPT
iptables-legacy -v -X INPUT
iptables-legacy -v -X OUTPUT
iptables-legacy -v -X nosuch
iptables-legacy -v -D a 1
iptables-legacy -v -I a 3 -s 1.2.3.4,5.6.7.8 -j DROP

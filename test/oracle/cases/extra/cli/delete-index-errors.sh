iptables -D INPUT 1
iptables -N E
iptables -D E 1
iptables -A E -j RETURN
iptables -D E 2
iptables -D E 1
iptables -D NOPE 1
iptables -R INPUT 1 -j ACCEPT
iptables -I NOPE -j ACCEPT
iptables -A NOPE -j ACCEPT
iptables -S

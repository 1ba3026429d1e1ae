iptables -N WEB
iptables -A INPUT -p tcp --dport 80 -j WEB
iptables -A WEB -s 10.0.0.0/8 -m comment --comment "internal web" -j ACCEPT
iptables -t nat -A POSTROUTING -s 10.0.0.0/8 -j MASQUERADE
iptables-save > /tmp/rules.v4
iptables -F
iptables -X
iptables -t nat -F
iptables-restore < /tmp/rules.v4
iptables-save | grep -v '^#'
iptables-restore /tmp/nonexistent.v4
iptables-restore --noflush /tmp/rules.v4
iptables -S

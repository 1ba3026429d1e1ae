iptables-translate -A INPUT -p tcp --dport 22 -j ACCEPT
iptables-translate -A INPUT -s 10.0.0.0/8 -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables-translate -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables-translate -A INPUT -j LOG --log-prefix "x: "

iptables -A INPUT -s 10.0.0.1 -j ACCEPT
iptables -v -S
iptables -S -v INPUT 1
iptables -v -L INPUT 1 -n
iptables -v -C INPUT -s 10.0.0.1 -j ACCEPT
iptables -v -R INPUT 1 -s 10.0.0.2 -j DROP
iptables -v -D INPUT -s 10.0.0.2 -j DROP
iptables -v -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -v -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.1:8080
iptables -v -A INPUT -m conntrack --ctstate NEW -m comment --comment hi -j LOG --log-prefix "x "
iptables -vv -L INPUT -n

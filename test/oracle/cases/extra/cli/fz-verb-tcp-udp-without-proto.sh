iptables -m tcp --syn
iptables -A INPUT -m tcp --syn
iptables -S -m tcp --syn
iptables -m tcp --syn -S INPUT
iptables -m udp --dport 5 -L INPUT
iptables -m tcp --syn -j LOG --log-level 99
iptables -m tcp --syn -A INPUT -p udp
iptables -A INPUT -o eth0 -m tcp --dport 22
iptables -A INPUT -s 999.1.1.1 -m udp --dport 22
iptables -R INPUT 1 -m tcp --dport 22 -j ACCEPT
iptables -D INPUT -m udp --sport 1
iptables -A INPUT -p tcp -m tcp --dport 22 -m udp --dport 5
iptables -A INPUT -m tcp --dport 22 -j ACCEPT -c x y

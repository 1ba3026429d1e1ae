iptables -N A
iptables -A A -j ACCEPT
iptables -N B
iptables -X -v 2>&1
iptables -X -v 2>&1 | cat
iptables -F -v 2>&1 | cat
iptables -v -A INPUT -s 1.1.1.1,2.2.2.2 -j ACCEPT 2>&1 | cat
iptables -v -A INPUT -s 1.1.1.1,2.2.2.2 -j NOPE 2>&1 | cat
iptables -v -D INPUT -s 1.1.1.1,2.2.2.2 -j ACCEPT 2>&1 | cat
iptables -v -D INPUT -s 1.1.1.1,2.2.2.2 -j ACCEPT 2>&1 | cat
iptables -v -I INPUT -s 3.3.3.3 -d 4.4.4.4,5.5.5.5 -p tcp --dport 22 -j DROP 2>&1 | cat
iptables -v -C INPUT -s 3.3.3.3 -d 4.4.4.4,5.5.5.5 -p tcp --dport 22 -j DROP 2>&1 | cat
iptables -v -R INPUT 1 -s 6.6.6.6 -j ACCEPT 2>&1 | cat
iptables -v -P FORWARD DROP 2>&1 | cat
iptables -v -N C 2>&1 | cat
iptables -v -E C D 2>&1 | cat
iptables -v -Z 2>&1 | cat
iptables -v -Z INPUT 2>&1 | cat
iptables -v -L INPUT -n 2>&1 | cat
iptables-legacy -N A 2>&1 | cat
iptables-legacy -X -v 2>&1 | cat
iptables-legacy -v -A INPUT -s 1.1.1.1,2.2.2.2 -j ACCEPT 2>&1 | cat
iptables-legacy -v -F 2>&1 | cat
ip6tables -v -A INPUT -s ::1,::2 -j ACCEPT 2>&1 | cat
ip6tables -v -D INPUT 1 2>&1 | cat
printf '*filter\n-A INPUT -j ACCEPT\n-A NOPE -j ACCEPT\nCOMMIT\n' | iptables-restore -v 2>&1 | cat
printf '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n*nat\n-A POSTROUTING -j MASQUERADE\nCOMMIT\n' | iptables-restore -v 2>&1 | cat

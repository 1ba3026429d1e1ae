iptables -A INPUT -i eth0.100 -j ACCEPT
iptables -A INPUT -i br-1234abcd -j ACCEPT
iptables -A INPUT -i "eth 0" -j ACCEPT
iptables -A INPUT -i eth0/1 -j ACCEPT
iptables -A INPUT -i eth0: -j ACCEPT
iptables -A INPUT -i eth* -j ACCEPT
iptables -A INPUT -i "" -j ACCEPT
iptables -A INPUT -i eth+0 -j ACCEPT
iptables -S INPUT
iptables -L INPUT -v -n

iptables -A INPUT -s 10.1.2.3 -p tcp --dport 443 -j ACCEPT
iptables -A INPUT -p udp --sport 53 -j ACCEPT
iptables -L -v -x -n --line-numbers
iptables -L INPUT -nvx --line-numbers
iptables -t filter -L INPUT -n --line-numbers -v
iptables -nL -t filter

iptables -t nat -N SVC
iptables -t nat -A PREROUTING -j SVC
iptables -t nat -A SVC -p tcp --dport 80 -j DNAT --to-destination 10.0.0.5:80
iptables -t nat -A SVC -j RETURN
iptables -t nat -L -n -x --line-numbers
iptables -t nat -L SVC --line-numbers
iptables -t nat -S SVC 2
iptables -t nat -L SVC 1 -n
iptables -t nat -D SVC 1
iptables -t nat -L SVC -n --line-numbers

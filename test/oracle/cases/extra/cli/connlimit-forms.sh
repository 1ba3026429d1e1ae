iptables -A INPUT -p tcp --syn -m connlimit --connlimit-above 10 -j REJECT
iptables -A INPUT -p tcp -m connlimit --connlimit-upto 5 -j ACCEPT
iptables -A INPUT -p tcp -m connlimit --connlimit-above 2 --connlimit-mask 24 -j DROP
iptables -A INPUT -p tcp -m connlimit --connlimit-above 2 --connlimit-daddr -j DROP
iptables -A INPUT -p tcp -m connlimit ! --connlimit-above 2 -j DROP
iptables -A INPUT -p tcp -m connlimit --connlimit-above 2 --connlimit-saddr --connlimit-mask 32 -j DROP
iptables -A INPUT -m connlimit -j DROP
iptables -S INPUT
iptables -L INPUT -n

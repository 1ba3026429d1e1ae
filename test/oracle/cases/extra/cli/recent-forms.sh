iptables -A INPUT -p tcp --dport 22 -m recent --set --name SSH -j ACCEPT
iptables -A INPUT -m recent --update --seconds 60 --hitcount 4 --name SSH -j DROP
iptables -A INPUT -m recent --rcheck --seconds 30 -j DROP
iptables -A INPUT -m recent --remove --name X --rdest -j DROP
iptables -A INPUT -m recent --set --rsource --mask 255.255.255.0 -j ACCEPT
iptables -A INPUT -m recent --rcheck --seconds 10 --reap -j DROP
iptables -A INPUT -m recent ! --rcheck --name Y -j DROP
iptables -A INPUT -m recent --set --rcheck -j DROP
iptables -A INPUT -m recent --name Z -j DROP
iptables -S INPUT
iptables -L INPUT -n

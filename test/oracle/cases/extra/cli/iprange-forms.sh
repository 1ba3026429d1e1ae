iptables -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.50 -j ACCEPT
iptables -A INPUT -m iprange --dst-range 192.168.1.1-192.168.1.1 -j ACCEPT
iptables -A INPUT -m iprange ! --src-range 10.0.0.1-10.0.0.5 ! --dst-range 10.1.0.0-10.2.0.0 -j ACCEPT
iptables -A INPUT -m iprange --src-range 10.0.0.50-10.0.0.1 -j ACCEPT
iptables -A INPUT -m iprange --src-range 10.0.0.1 -j ACCEPT
iptables -A INPUT -m iprange -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n

iptables -A INPUT -m statistic --mode random --probability 0.1 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 0.25 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 0.333 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 0.5 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 0.9999 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 0.2 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 0.00001 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 0.06250000000 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 0.14285714272 -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n

iptables -A INPUT -m statistic --mode random --probability 1.5 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability -0.1 -j ACCEPT
iptables -A INPUT -m statistic --mode random -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every 0 -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every 3 --packet 3 -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every 3 --packet 2 -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every 3 -j ACCEPT
iptables -A INPUT -m statistic --mode bogus -j ACCEPT
iptables -A INPUT -m statistic --probability 0.5 -j ACCEPT
iptables -A INPUT -m statistic --mode nth --probability 0.5 -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n

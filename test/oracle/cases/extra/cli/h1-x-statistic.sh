iptables -A INPUT -m statistic --mode random --probability 0.5 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 0.1 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 0.33333333349 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 0.25000000000 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 1 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 0 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 0.0001 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 0.99999 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 1e-3 -j ACCEPT
iptables -A INPUT -m statistic --mode random ! --probability 0.2 -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every 3 -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every 3 --packet 2 -j ACCEPT
iptables -A INPUT -m statistic --mode nth ! --every 4 --packet 0 -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
iptables-save -t filter | grep statistic
iptables -A INPUT -m statistic --mode random --probability 1.5 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability -0.5 -j ACCEPT
iptables -A INPUT -m statistic --mode random -j ACCEPT
iptables -A INPUT -m statistic --probability 0.5 -j ACCEPT
iptables -A INPUT -m statistic --mode nth -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every 0 -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every 3 --packet 3 -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every 3 --probability 0.5 -j ACCEPT
iptables -A INPUT -m statistic --mode bogus -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability abc -j ACCEPT
iptables -A INPUT -m statistic --mode random --every 2 -j ACCEPT
iptables-translate -A INPUT -m statistic --mode random --probability 0.5 -j ACCEPT
iptables-translate -A INPUT -m statistic --mode nth --every 3 --packet 2 -j ACCEPT
ip6tables -A INPUT -m statistic --mode random --probability 0.5 -j ACCEPT
ip6tables -L INPUT -n
nft list chain ip filter INPUT

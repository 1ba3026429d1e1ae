iptables -t nat -N S
iptables -t nat -A S -m statistic --mode random --probability 0.03333333349 -j RETURN
iptables -t nat -A S -m statistic --mode random --probability 0.01 -j RETURN
iptables -t nat -A S -m statistic --mode random --probability 0.99 -j RETURN
iptables -t nat -A S -m statistic --mode random --probability 0.75 -j RETURN
iptables -t nat -A S -m statistic --mode random --probability 0.66666666651 -j RETURN
iptables -t nat -A S -m statistic --mode random --probability 0.0000000001 -j RETURN
iptables -t nat -A S -m statistic --mode random --probability 0.12345 -j RETURN
iptables -t nat -A S -m statistic --mode nth --every 5 --packet 4 -j RETURN
iptables -t nat -A S -m statistic --mode nth ! --every 2 -j RETURN
iptables-save -t nat
iptables -t nat -L S -n

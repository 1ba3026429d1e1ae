iptables -A INPUT -s 10.0.0.1 -j ACCEPT
iptables -E INPUT MYIN
iptables -S
iptables -L -n
iptables -E OUTPUT MYOUT
iptables -S
iptables-save

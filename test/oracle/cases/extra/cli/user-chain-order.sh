iptables -N zeta
iptables -N Alpha
iptables -N _under
iptables -N beta
iptables -N Zulu
iptables -N 9num
iptables -S
iptables -L -n
iptables-save
iptables -E beta aaa
iptables -S

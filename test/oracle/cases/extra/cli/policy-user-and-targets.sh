iptables -N MY
iptables -P MY DROP
iptables -P INPUT REJECT
iptables -P INPUT RETURN
iptables -P INPUT MY
iptables -P INPUT accept
iptables -P INPUT
iptables -P INPUT DROP ACCEPT
iptables -t nat -P PREROUTING DROP
iptables -t nat -P POSTROUTING ACCEPT
iptables -P OUTPUT DROP
iptables -L -n
iptables -S

iptables-save
iptables-save -t filter
iptables-save -t nat
iptables -L -n
iptables-save
iptables-save -t raw

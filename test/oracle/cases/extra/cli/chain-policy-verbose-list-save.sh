iptables -t mangle -P PREROUTING DROP
iptables -t raw -P OUTPUT DROP
iptables -t mangle -L -n
iptables -t raw -L OUTPUT -n
iptables-save
iptables -t mangle -P PREROUTING ACCEPT
iptables -t mangle -S PREROUTING

iptables -L OUTPUT -v -n
iptables -P OUTPUT ACCEPT
iptables -L OUTPUT -v -n
iptables -P OUTPUT DROP
iptables -P OUTPUT ACCEPT
iptables-save -c

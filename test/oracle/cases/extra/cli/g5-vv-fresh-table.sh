iptables -vv -L -n
iptables -vv -S
iptables -vv -Z
iptables -vv -X
iptables -vv -F
iptables -vv -S
iptables -vv -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -vv -t nat -A PREROUTING -i eth1 -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080
iptables -vv -t nat -L -n
iptables -vv -t raw -P OUTPUT DROP
iptables -vv -t raw -P OUTPUT ACCEPT
iptables -vv -t security -A FORWARD -j ACCEPT
iptables -vv -t mangle -A OUTPUT -j MARK --set-xmark 0x1/0xff

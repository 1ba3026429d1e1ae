iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2
iptables -t nat -L PREROUTING -v -n -x
iptables -t nat -L -v
iptables -t nat -S -v
iptables -t nat -Z
iptables -t nat -L --line-numbers

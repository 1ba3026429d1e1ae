iptables -vv -N G
iptables -vv -A FORWARD -p udp -g G
iptables -vv -A G -j RETURN
iptables -vv -L FORWARD -n
iptables -vv -L FORWARD -n -v
iptables-save

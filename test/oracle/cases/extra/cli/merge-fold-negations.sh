iptables -A INPUT -p udp -m udp --dport 53 -m udp ! --sport 54 -j ACCEPT
iptables -A INPUT -p udp -m udp ! --dport 53 -m udp --dport 54 -j ACCEPT
iptables -A INPUT -p tcp --syn -m tcp ! --syn -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 1,2 -m multiport --sports 3,4 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 8 -m icmp ! --icmp-type 0 -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags SYN SYN -m tcp --tcp-flags ACK ACK -j ACCEPT
iptables -A INPUT -p tcp ! --dport 0:1023 -m tcp --sport 5 -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n

iptables -vv -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -vv -A INPUT -p tcp --sport 1024:65535 --dport 443
iptables -vv -A INPUT -p tcp ! --dport 1:1023
iptables -vv -A INPUT -p tcp --sport 0:1023 ! --sport 0:80
iptables -vv -A INPUT -p tcp --sport 5 --dport 6
iptables -vv -A INPUT -p tcp ! --sport 5 ! --dport 6 ! --tcp-flags ALL NONE
iptables -vv -A INPUT -p tcp --sport 5 ! --dport 6
iptables -vv -A INPUT -p tcp --syn
iptables -vv -A INPUT -p tcp ! --syn --dport 0:0
iptables -vv -A INPUT -p tcp --tcp-flags SYN,ACK,FIN,RST,URG,PSH ACK,FIN
iptables -vv -A INPUT -p tcp --tcp-option 2
iptables -vv -A INPUT -p tcp -m tcp
iptables -vv -A INPUT -p udp --dport 53 -m udp --sport 1:2
iptables -vv -A INPUT -p udp -m udp ! --sport 0:1023 --dport 1024:65535
iptables -vv -A INPUT -p udp -m udp
iptables -vv -A INPUT -p udp --dport 1:65535
iptables -vv -A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT
iptables -vv -L INPUT -n

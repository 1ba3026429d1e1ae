iptables -A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15:16 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 2000:1000 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 22,,80 -j ACCEPT
iptables -A INPUT -m multiport --dports 22 -j ACCEPT
iptables -A INPUT -p icmp -m multiport --dports 22 -j ACCEPT
iptables -S INPUT

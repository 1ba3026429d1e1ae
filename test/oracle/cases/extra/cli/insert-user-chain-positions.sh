iptables -N U
iptables -I U -j ACCEPT
iptables -I U 1 -s 10.0.0.1 -j DROP
iptables -I U 3 -s 10.0.0.2 -j DROP
iptables -I U 5 -s 10.0.0.3 -j DROP
iptables -I U 0 -j DROP
iptables -I U -1 -j DROP
iptables -I U abc -j DROP
iptables -S U

iptables -N MYCHAIN
iptables -A MYCHAIN -s 10.0.0.1 -j ACCEPT
iptables -A MYCHAIN -s 10.0.0.2 -j ACCEPT
iptables -R MYCHAIN 2 -s 10.0.0.3 -j DROP
iptables -R MYCHAIN 3 -j DROP
iptables -R MYCHAIN 0 -j DROP
iptables -R NOPE 1 -j DROP
iptables -R MYCHAIN -j DROP
iptables -S MYCHAIN

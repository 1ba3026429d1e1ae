iptables -N ABCDEFGHIJKLMNOPQRSTUVWXYZ01
iptables -A INPUT -s 192.168.100.200/255.255.255.255 -d 203.0.113.254/30 -j ABCDEFGHIJKLMNOPQRSTUVWXYZ01
iptables -A INPUT -i verylonginterf0 -o another-iface1 -j ACCEPT
iptables -A FORWARD -i verylonginterf0 -o another-iface1 -j ACCEPT
iptables -L -n
iptables -L -v -n

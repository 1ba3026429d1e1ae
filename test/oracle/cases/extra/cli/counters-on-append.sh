iptables -A INPUT -c 10 2000 -s 10.0.0.1 -j ACCEPT
iptables -I INPUT --set-counters 3 300 -s 10.0.0.2 -j ACCEPT
iptables -A INPUT -c 5 -j ACCEPT
iptables -A INPUT -c x y -j ACCEPT
iptables -R INPUT 1 -c 7 70 -s 10.0.0.3 -j ACCEPT
iptables -L INPUT -v -n -x
iptables -S INPUT -v
iptables-save -c -t filter

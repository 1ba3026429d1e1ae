iptables -A INPUT -j LOG --log-prefix 'back\slash '
iptables -A INPUT -j LOG --log-prefix "it's"
iptables -A INPUT -j LOG --log-prefix 'q"uote'
iptables -A INPUT -m string --string 'say "hi"' --algo bm -j DROP
iptables -A INPUT -m string --string "it's" --algo kmp -j DROP
iptables -A INPUT -m string --hex-string '|0d0a|GET' --algo bm -j DROP
iptables -A INPUT -m comment --comment 'back\slash and "q"' -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
iptables-save -t filter | grep -- -A
iptables-save -t filter | iptables-restore
iptables -S INPUT

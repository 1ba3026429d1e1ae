iptables -A INPUT -m comment --comment 'say "hi"' -j ACCEPT
iptables -A INPUT -m comment --comment 'back\slash' -j ACCEPT
iptables -A INPUT -m comment --comment 'dollar $HOME' -j ACCEPT
iptables -A INPUT -m comment --comment 'tab	here' -j ACCEPT
iptables -A INPUT -m comment --comment "single 'q'" -j ACCEPT
iptables -A INPUT -m comment --comment '*/ trick' -j ACCEPT
iptables -A INPUT -m comment --comment 'a' -m comment --comment 'b' -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
iptables-save -t filter

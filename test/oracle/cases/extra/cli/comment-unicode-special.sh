iptables -A INPUT -m comment --comment "héllo wörld" -j ACCEPT
iptables -A INPUT -m comment --comment "semi;colon & amp" -j ACCEPT
iptables -A INPUT -m comment --comment "-A INPUT" -j ACCEPT
iptables -A INPUT -m comment --comment "#hash" -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
iptables-save -t filter | iptables-restore
iptables -S INPUT

iptables -A INPUT -m comment --comment "it's a \"quoted\" comment" -j ACCEPT
iptables -A INPUT -m comment --comment 'back\slash' -j ACCEPT
iptables -A INPUT -m comment --comment "tab	here" -j ACCEPT
iptables -A INPUT -m comment --comment "" -j ACCEPT
iptables -A INPUT -m comment --comment " " -j ACCEPT
iptables -A INPUT -m comment --comment "héllo wörld" -j ACCEPT
iptables -A INPUT -m comment --comment '$HOME `cmd`' -j ACCEPT
iptables -A INPUT -m comment --comment "a*/b" -j ACCEPT
iptables -A INPUT -m comment --comment "#hash" -j ACCEPT
iptables -A INPUT -m comment --comment "-j DROP" -j ACCEPT
iptables -A INPUT -m comment --comment "$(printf 'x%.0s' $(seq 1 255))" -j ACCEPT
iptables -A INPUT -m comment --comment "$(printf 'y%.0s' $(seq 1 256))" -j ACCEPT
iptables -A INPUT -m comment -j ACCEPT
iptables -A INPUT -m comment --comment a --comment b -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
iptables -L INPUT -n -v
iptables-save -t filter
iptables-save -t filter > /tmp/c.rules
iptables -F INPUT
iptables-restore < /tmp/c.rules; echo rc=$?
iptables -S INPUT | md5sum
iptables -D INPUT -m comment --comment "it's a \"quoted\" comment" -j ACCEPT
iptables -D INPUT -m comment --comment "" -j ACCEPT
iptables -S INPUT | head -n 4
ip6tables -A INPUT -m comment --comment "v6 \"q\"" -j ACCEPT
ip6tables -A INPUT -m comment --comment 'single' -s ::1 -j ACCEPT
ip6tables -S INPUT
ip6tables -L INPUT -n -v
ip6tables-save -t filter

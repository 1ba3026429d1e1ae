# libxt_set still takes the old --set spelling of --match-set, with a warning first
iptables -A INPUT -m set --set s src
iptables -A INPUT -m set ! --set s src,dst
iptables -A INPUT -m set --set s
iptables -A INPUT -m set --set abcdefghijklmnopqrstuvwxyzabcdefgh src
iptables -A INPUT -m set --match-set s src --set t dst
iptables-legacy -A INPUT -m set --set s src
iptables-legacy -A INPUT -m set --set s -j ACCEPT
ip6tables -A INPUT -m set --set s src
iptables-restore <<'EOF2'
*filter
-A INPUT -m set --set s src
COMMIT
EOF2
iptables -S INPUT

# iptables-restore fed by files, heredocs, here-strings, pipes and process substitution; save/restore round trips; $( ) and <( ) read the command's stdin; awk print (a > b)
cat > /tmp/rules.v4 <<'EOF'
*filter
:INPUT DROP [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
:SSH - [0:0]
-A INPUT -i lo -j ACCEPT
-A INPUT -p tcp --dport 22 -j SSH
-A SSH -s 192.168.0.0/16 -j ACCEPT
COMMIT
EOF
iptables-restore --test < /tmp/rules.v4 && echo valid
iptables-restore < /tmp/rules.v4; iptables -S | md5sum; iptables-save | grep -c '^-A'
iptables-save | sed 's/DROP/ACCEPT/' | iptables-restore; iptables -S | head -3
iptables-restore <<< $'*filter\n-A INPUT -j DROP\nCOMMIT'; iptables -S INPUT | tail -1
printf '*filter\n-A INPUT -p udp --dport %d -j ACCEPT\nCOMMIT\n' 53 123 | iptables-restore -n; echo rc=$?
port=8080; iptables-restore -n <<EOF
*filter
-A INPUT -p tcp --dport $port -j ACCEPT
-A INPUT -p tcp --dport $((port+1)) -j ACCEPT
COMMIT
EOF
iptables -S INPUT | grep -c 808
iptables-restore -n < <(echo '*filter'; echo '-A INPUT -s 1.2.3.4 -j DROP'; echo COMMIT); iptables -C INPUT -s 1.2.3.4 -j DROP && echo present
cat /tmp/rules.v4 | sed '/SSH -s/d' | iptables-restore --test; echo rc=$?
sed 's/-j SSH/-j NOSUCH/' /tmp/rules.v4 | iptables-restore; echo rc=$?
iptables-restore /tmp/rules.v4; echo rc=$?; iptables -S SSH
iptables-restore /tmp/tmp/nofile; echo rc=$?
iptables-save -t filter > /tmp/save1; iptables-restore < /tmp/save1; iptables-save -t filter | diff <(grep -v '^#' /tmp/save1) <(grep -v '^#') && echo roundtrip
iptables-save | grep -v '^#' | awk '/^\*/ {t=$1} /^-A/ {n[t]++} END {for (k in n) print k, n[k]}'
for t in filter nat mangle raw; do printf '%-8s %s\n' $t "$(iptables -t $t -S | wc -l)"; done
iptables-save -c | grep -- '-A INPUT' | head -2
{ echo '*nat'; echo ':PREROUTING ACCEPT [0:0]'; echo '-A PREROUTING -p tcp --dport 80 -j REDIRECT --to-ports 8080'; echo 'COMMIT'; } | iptables-restore -n; iptables -t nat -S PREROUTING
iptables-restore -n <<'EOF' 2>&1 | head -3; echo "rc=${PIPESTATUS[0]}"
*filter
-A INPUT -p tcp --dport 99999 -j ACCEPT
COMMIT
EOF
sysctl -w net.ipv4.ip_forward=1 && sysctl net.ipv4.ip_forward; sysctl -n net.ipv4.conf.all.forwarding; echo 0 > /proc/sys/net/ipv4/ip_forward; sysctl net.ipv4.ip_forward
sysctl net.ipv4.ip_forward net.ipv4.conf.all.rp_filter; sysctl -a 2>/dev/null | grep -c '^net.ipv4.conf.lo\.' | awk '{print ($1 > 10)}'
sysctl nosuch.key; echo rc=$?; sysctl -w net.ipv4.ip_forward=abc; echo rc=$?; sysctl -q net.ipv4.ip_forward; sysctl -e nosuch.key; echo rc=$?
ip route add 10.9.0.0/16 dev lo 2>&1; ip route show; ip -4 route show table local | sort | head -3; ip rule show; ip -br link show lo | awk '{print $1, $2}'
ip netns add ns1; ip netns list; ip netns exec ns1 iptables -S | head -1; ip netns exec ns1 sysctl net.ipv4.ip_forward; ip netns del ns1; ip netns list | wc -l
echo abc | { x=$(cat); echo "[$x]"; }
echo abc | cat <(cat) 
echo q | while read l; do echo "$l $(cat)"; done
awk "BEGIN { print (2 > 1), (1 > 2) }"; echo 5 | awk "{ print (\$1 > 3) ? \"big\" : \"small\" }"

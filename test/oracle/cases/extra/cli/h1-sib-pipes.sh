iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p tcp --dport 80 -j ACCEPT
iptables -A INPUT -j DROP
iptables -L INPUT -n | wc -l
iptables -L INPUT -n --line-numbers | tail -n +3
iptables -L INPUT -n --line-numbers | awk 'NR>2 {print $1, $2}'
iptables -S | grep -c -- '-A'
iptables -S INPUT | sed -n '2p'
iptables -S | cut -d' ' -f1-3 | sort | uniq -c
iptables -L -n | grep -E '^Chain' | awk '{print $2}'
iptables-save > /tmp/rules.v4; echo saved=$?
grep -v '^#' /tmp/rules.v4
iptables -F; iptables -S INPUT
iptables-restore < /tmp/rules.v4; iptables -S INPUT
iptables-save | grep -v '^#' | diff - <(grep -v '^#' /tmp/rules.v4) && echo same
iptables -L INPUT -n --line-numbers | grep 'dpt:80' | awk '{print $1}' | xargs -r iptables -D INPUT
iptables -S INPUT
iptables -S INPUT | head -n 2 | tail -n 1
iptables -L -n -v | column -t | head -5
for p in 25 110 143; do iptables -A INPUT -p tcp --dport $p -j REJECT; done; iptables -S INPUT
iptables -L INPUT -n | tr -s ' ' | cut -d' ' -f1,4,5
iptables -S | while read a b c; do echo "$a|$b"; done
test -s /tmp/rules.v4 && echo nonempty
iptables -nL INPUT | sort -k1,1 | uniq
iptables -L INPUT -n --line-numbers | grep -w REJECT | sort -rn | awk '{print $1}' | while read n; do iptables -D INPUT $n; done; iptables -S INPUT
ip6tables-save > /tmp/rules.v6 && wc -l < /tmp/rules.v6
iptables-save -t filter | grep -n COMMIT
iptables -L -n | grep -q 'policy ACCEPT' && echo accept-policy
iptables -C INPUT -j DROP 2>/dev/null && echo present || echo absent
iptables -C INPUT -j LOG 2>/dev/null && echo present || echo absent
iptables -C INPUT -j LOG 2>&1 | head -1
iptables -L INPUT -n -v -x | awk 'NR>2 {sum+=$1} END {print sum+0}'
iptables -S | md5sum | cut -c1-8
printf '%s\n' "$(iptables -S INPUT | wc -l)"

iptables -A INPUT -s 10.0.0.1 -m comment --comment "ban host" -j DROP
iptables -A INPUT -s 10.0.0.2 -m comment --comment 'it'"'"'s "quoted"' -j DROP
iptables -A INPUT -s 10.0.0.3 -j DROP
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -S INPUT | sed -n 's/^-A/-D/p' | while read -r r; do eval iptables $r; echo "eval rc=$?"; done
iptables -S INPUT
iptables -A INPUT -s 10.0.0.1 -m comment --comment "ban host" -j DROP
iptables -A INPUT -s 10.0.0.3 -j DROP
iptables -S INPUT | grep ban | sed 's/^-A/-D/' | xargs -L1 iptables; echo rc=$?
iptables -S INPUT
iptables -S INPUT | grep -- '-s 10.0.0.3' | sed 's/^-A/-D/' | xargs -r -L1 iptables; echo rc=$?
iptables -S INPUT | grep -- '-s 10.0.0.3' | sed 's/^-A/-D/' | xargs -r -L1 iptables; echo rc=$?
for i in 1 2 3 4 5; do iptables -A INPUT -s 192.168.0.$i -j DROP; done
iptables -L INPUT -n --line-numbers | awk '$5 ~ /192\.168/ {print $1}' | sort -rn | while read n; do iptables -D INPUT $n; done
iptables -L INPUT -n --line-numbers
iptables -L INPUT -n --line-numbers | tail -n +3 | wc -l
iptables -nL INPUT | awk 'NR>2 {print $1, $4}'
iptables-save | awk '/^\*/{t=$1} /^-A/{c[t]++} END{for (k in c) print k, c[k]}' | sort
iptables -S | grep -c '^-A'
iptables -nvL INPUT | awk 'NR>2 && $1 == 0 {print "unused:", $0}' | head -3
iptables -S INPUT | cut -d' ' -f3- | head -3
iptables -L INPUT -n | column -t | head -3
iptables -S | sort | uniq -c | sort -rn | head -3

# iptables-save output edited with sed/awk and restored: delete a rule by pattern, change a port, renumber, drop counters
iptables -N web; iptables -A INPUT -i lo -j ACCEPT; iptables -A INPUT -p tcp --dport 22 -m comment --comment "ssh admin" -j ACCEPT; iptables -A INPUT -p tcp -m multiport --dports 80,443 -j web; iptables -A web -s 203.0.113.0/24 -j DROP; iptables -A web -j ACCEPT; iptables -P INPUT DROP
iptables-save > /tmp/rules.v4; grep -v '^#' /tmp/rules.v4
sed -i '/--dport 22/d' /tmp/rules.v4; iptables-restore < /tmp/rules.v4; echo rc=$?; iptables -S INPUT
iptables-save > /tmp/rules.v4; sed -i 's/80,443/8080,8443/' /tmp/rules.v4; iptables-restore /tmp/rules.v4; echo rc=$?; iptables -S INPUT
sed -i 's/^:INPUT DROP/:INPUT ACCEPT/' /tmp/rules.v4; iptables-restore /tmp/rules.v4; iptables -S | head -1
sed -i '/^COMMIT$/d' /tmp/rules.v4; iptables-restore /tmp/rules.v4; echo rc=$?; iptables -S | wc -l
iptables-save > /tmp/rules.v4; sed -i '/^:web/d' /tmp/rules.v4; iptables-restore /tmp/rules.v4; echo rc=$?; iptables -S | wc -l
iptables-save > /tmp/rules.v4; sed -i 's/-j web/-j WEB/' /tmp/rules.v4; iptables-restore /tmp/rules.v4; echo rc=$?
iptables-save > /tmp/rules.v4; sed -i 's/203.0.113.0\/24/203.0.113.0\/33/' /tmp/rules.v4; iptables-restore /tmp/rules.v4; echo rc=$?; iptables -S web
iptables-save -c > /tmp/rules.v4; sed 's/\[[0-9]*:[0-9]*\]/[0:0]/' /tmp/rules.v4 | grep -v '^#'
sed -i 's/^\[[0-9]*:[0-9]*\] //' /tmp/rules.v4; iptables-restore -c < /tmp/rules.v4; echo rc=$?; iptables -S | wc -l
iptables-save | awk '/^-A web/ && /DROP/ {sub(/DROP/, "REJECT")} {print}' | iptables-restore; echo rc=$?; iptables -S web
iptables-save | awk '!/^#/' | sed 's/-A INPUT -i lo -j ACCEPT/-I INPUT 1 -i lo -j ACCEPT/' | iptables-restore; echo rc=$?; iptables -S INPUT
iptables-save | sed -e '/^-A web/!b' -e 's/^-A web/-A web -m state --state NEW/' | iptables-restore; echo rc=$?; iptables -S web
iptables-save | sed 's/-m state --state NEW/-m conntrack --ctstate NEW/' > /tmp/r2; diff <(grep -v '^#' /tmp/r2) <(iptables-save | grep -v '^#'); iptables-restore --test /tmp/r2 && echo test-ok
iptables-save | sed 's/^-A/-D/' | grep -v '^:' | iptables-restore -n; echo rc=$?; iptables -S
iptables-save | sed '1,/^\*filter/!{/^-A INPUT/d}' | iptables-restore; echo rc=$?; iptables -S INPUT
iptables-save | tr -d '\n' | iptables-restore; echo rc=$?
iptables-save | sed 's/$/ /' | iptables-restore; echo rc=$?
iptables-save | sed 's/ /  /g' | iptables-restore; echo rc=$?; iptables -S | wc -l
iptables-save | sed 's/COMMIT/COMMIT\nCOMMIT/' | iptables-restore; echo rc=$?
iptables-save | head -n -1 | iptables-restore; echo rc=$?
iptables-save | tac | iptables-restore; echo rc=$?

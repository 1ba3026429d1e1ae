# bc (scale, division, %, ^, comparisons, variables, sqrt, -l, errors) and reports built from iptables listings with awk/sed/sort/column
echo '1+2' | bc; echo '10/3' | bc; echo 'scale=2; 10/3' | bc; echo '2^10' | bc; echo '-7 % 3' | bc; echo '7 % 3' | bc
echo 'scale=3; 1/8' | bc; echo '0.5 * 4' | bc; echo '1.25 + 1.5' | bc; echo '-0.5 + 0' | bc; echo 'scale=4; 2/3*3' | bc
echo '3 > 2; 2 == 3; 1 && 0' | bc; echo 'x = 5; x * 2; x += 1; x' | bc; echo 'sqrt(16); scale=3; sqrt(2)' | bc
echo '10/3' | bc -l; echo '1/0' | bc; echo rc=$?; echo '1 +' | bc; echo rc=$?
echo '2^100' | bc; echo 'scale=50; 1/3' | bc; echo 'length(12345); scale(3.140)' | bc
echo "scale=1; $(iptables -S | wc -l) * 100 / 7" | bc; printf '3\n4\n' | paste -sd+ | bc
echo '1.5 * 1.5' | bc; echo 'scale=1; 1.55 * 1.55' | bc; echo '2.5 ^ 2' | bc; echo '4 ^ -1' | bc; echo 'scale=2; 4 ^ -1' | bc; echo '.1 + .2' | bc
for i in 1 2 3 4; do iptables -A INPUT -s 10.0.0.$i -j DROP; iptables -A INPUT -s 10.1.0.$i -j ACCEPT; done; iptables -N LOG_DROP; iptables -A LOG_DROP -j LOG --log-prefix "[drop] " --log-level 4; iptables -A LOG_DROP -j DROP
iptables -L INPUT --line-numbers -n | awk '$2=="DROP"{print $1}' | sort -rn | while read -r n; do iptables -D INPUT "$n"; done; iptables -S INPUT
iptables -L -n | sed -n '/^Chain LOG_DROP/,/^$/p'
iptables -L -n -v | awk 'NR>2 && $3 != "" {print $3}' | sort | uniq -c | sort -rn
iptables -S | grep -n LOG_DROP | cut -d: -f1 | paste -sd+ | bc 2>/dev/null || echo nobc
iptables -L INPUT -n | awk 'NR>2 {printf "%s,%s,%s\n", $1, $4, $5}'
iptables -S | awk '{ $1 = ""; sub(/^ /, ""); print }' | head -3
iptables-save | awk '/^:/ { split($0, a, " "); printf "%-10s %s\n", substr(a[1], 2), a[2] }'
iptables -L LOG_DROP -n | tail -n +3 | tr -s ' ' | cut -d' ' -f1,6-
iptables -S INPUT | grep -oE '10\.[0-9]+\.[0-9]+\.[0-9]+' | sort -t. -k4,4n -k2,2n | head -3
iptables -S INPUT | sed -E 's/^-A (\S+) -s (\S+) -j (\S+)/\1|\2|\3/' | column -t -s'|'
iptables -L -n --line-numbers | grep -E '^[0-9]+' | wc -l
iptables -S | grep -q 'LOG --log-prefix "\[drop\] "' && echo "log rule present"
iptables -S LOG_DROP | grep -F -- '--log-prefix "[drop] "' | sed 's/.*--log-prefix "\([^"]*\)".*/prefix=<\1>/'
iptables -L LOG_DROP -n | awk 'NR==3' | cat -A
iptables -L -n | grep -c '^Chain'; iptables -L -n | grep '^Chain' | awk '{print $2, $3, $4}' | tr -d '()'
iptables -F; iptables -X; iptables -S | wc -l; iptables -L -n | grep -cv '^$'

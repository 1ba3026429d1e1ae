# Shell idioms around iptables: <<- heredoc into restore, diff of process substitutions, tee >(…), xargs -I, read loops of rule lines, eval, set -x quoting, awk tallies
iptables-save > /tmp/before
cat <<-EOF2 | iptables-restore --noflush
	*filter
	-A INPUT -p tcp --dport 80 -j ACCEPT
	COMMIT
	EOF2
diff <(iptables-save | grep -v '^#') <(grep -v '^#' /tmp/before); echo rc=$?
diff -u /tmp/before <(iptables-save) | grep '^[-+][^-+#]'
iptables-save | tee >(wc -l > /tmp/count) | grep -c ACCEPT; sleep 0.2; cat /tmp/count
printf '%s\n' 22 443 8080 | xargs -I{} iptables -A INPUT -p tcp --dport {} -j ACCEPT
printf -- '-A INPUT -s 10.0.0.%d -j DROP\n' 1 2 3 > /tmp/rules.txt
while read -r line; do iptables $line; done < /tmp/rules.txt
iptables -S INPUT
for ((i=1; i<=3; i++)); do iptables -D INPUT 1; done; iptables -S INPUT | wc -l
rules=("-A INPUT -p udp --dport 53 -j ACCEPT" "-A INPUT -p udp --dport 123 -j ACCEPT"); { echo '*filter'; printf '%s\n' "${rules[@]}"; echo COMMIT; } | iptables-restore --noflush; iptables -S INPUT | tail -2
eval "iptables -A INPUT -m comment --comment \"eval'd rule\" -j ACCEPT"; iptables -S INPUT | tail -1
set -x; iptables -A INPUT -m comment --comment "it's here" -j ACCEPT; x="a b"; echo "$x" $x
iptables-restore < <(iptables-save); echo rc=$?
iptables -S | awk '/^-A/{c[$2]++} END{for(k in c) print k, c[k]}' | sort
iptables -L INPUT --line-numbers -n | awk 'NR>2 && /DROP|ACCEPT/ {print $1}' | sort -rn | head -2
seq -w 1 3 | paste -sd' '

# iptables idioms glued with the shell: -C || -A, deleting by spec from -S via sed/eval/xargs -L1, chain loops, mapfile reversal, save/restore through a variable, an EXIT trap; a case line starting with "-" is bash -c's own option error
for p in 22 80 443 22; do iptables -C INPUT -p tcp --dport $p -j ACCEPT 2>/dev/null || iptables -A INPUT -p tcp --dport $p -j ACCEPT; done; iptables -S INPUT
iptables -S INPUT | grep -- '--dport 80' | sed 's/^-A/-D/' | while read -r line; do eval iptables $line; done; iptables -S INPUT
iptables -S INPUT | sed -n 's/^-A /-D /p' | xargs -L1 iptables; iptables -S INPUT | wc -l
iptables -N CHAIN1; iptables -N CHAIN2; for c in $(iptables -S | awk '$1=="-N"{print $2}'); do iptables -A $c -j RETURN; echo "$c: $(iptables -S $c | wc -l)"; done
iptables -S | awk '$1=="-N"{print $2}' | xargs -I{} sh -c 'iptables -F {} && iptables -X {}' ; iptables -S | grep -c -- '-N'
rules="-p tcp --dport 8080 -j ACCEPT
-p udp --dport 53 -j ACCEPT"; while IFS= read -r r; do iptables -A INPUT $r; done <<< "$rules"; iptables -S INPUT
mapfile -t R < <(iptables -S INPUT | grep '^-A'); for ((i=${#R[@]}-1; i>=0; i--)); do iptables ${R[i]/-A/-D}; done; iptables -S INPUT
iptables -A INPUT -s 10.0.0.1 -j DROP && iptables -A INPUT -s 10.0.0.1 -j DROP; n=$(iptables -S INPUT | grep -c 10.0.0.1); echo "dups=$n"; while iptables -D INPUT -s 10.0.0.1 -j DROP 2>/dev/null; do :; done; iptables -S INPUT | grep -c 10.0.0.1
save=$(iptables-save); iptables -A INPUT -j DROP; echo "$save" | iptables-restore; iptables -S INPUT | tail -1
iptables -P INPUT DROP; trap 'iptables -P INPUT ACCEPT; echo restored' EXIT; iptables -S INPUT | head -1
iptables -S INPUT | head -1
if ! iptables -L FOO -n >/dev/null 2>&1; then iptables -N FOO && echo "created FOO"; fi; iptables -L FOO -n | head -1
printf -- '-A INPUT -s %s -j DROP\n' 1.1.1.1 2.2.2.2 | sed '1i *filter' | sed '$a COMMIT' | iptables-restore -n; iptables -S INPUT | tail -2

cat > /tmp/x.sh <<'XEOF'
#!/bin/bash
set -x
PORTS=(22 80 443)
IFS=, read -ra EXTRA <<< "8080,8443"
add() { iptables -A INPUT -p tcp --dport "$1" -m comment --comment "allow $1's port" -j ACCEPT; }
for p in "${PORTS[@]}" "${EXTRA[@]}"; do add "$p"; done
rules=$(iptables -S INPUT); n=$(grep -c ACCEPT <<< "$rules")
[[ $n -gt 3 ]] && echo "many: $n"
iptables -A INPUT -p tcp -m multiport --dports "$(IFS=,; echo "${PORTS[*]}")" -j ACCEPT
x='a b'; echo "$x" $x '' "it's" 'say "hi"' $'tab\there' \$HOME ~ *.nomatch
(( n > 1 )) && let "m = n * 2"
case $m in 1*) echo one;; *) echo other;; esac
if iptables -C INPUT -j DROP 2>/dev/null; then :; else echo nodrop; fi
while read -r a b; do echo "$a"; done <<< "x y"
set +x
echo quiet
XEOF
bash /tmp/x.sh
PS4='+ [${LINENO}] ' bash -x -c 'iptables -S OUTPUT; v=$(echo hi); echo "$v"'
bash -c 'set -x; for c in INPUT OUTPUT; do iptables -L "$c" -n >/dev/null; done; f() { local y=1; return 3; }; f; echo $?' 2>&1
set -o xtrace; iptables -N TEST 2>/dev/null; iptables -A TEST -s 10.0.0.0/8 -m comment --comment "two words" -j RETURN; set +o xtrace; iptables -S TEST
set -x; a=(1 2); b=${a[1]}; declare -A m=([k]=v); c="$(iptables -S TEST)"; x=""; export Z=1; readonly R=; declare -a e=(1 "2 3"); echo ${#a[@]}

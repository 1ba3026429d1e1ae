# set -e is off inside tested commands (functions and groups in && / ||, if, !), the ERR trap, set -x depth in $( ), around failing iptables commands
set -e; iptables -N A; iptables -N A; echo notreached
set -e; iptables -N A || true; iptables -A A -j ACCEPT; echo "rules: $(iptables -S A | wc -l)"
set -eo pipefail; iptables -S NOPE | wc -l; echo notreached
set -e; if iptables -C INPUT -j DROP 2>/dev/null; then echo has; fi; echo continues
set -e; ! iptables -N B; echo negated-ok; iptables -L B -n | head -1
set -e; f() { iptables -X NOPE; echo in-f; }; f || echo "f failed $?"; echo end
set -e; x=$(iptables -L NOPE 2>&1); echo "survived? $?"
set -e; x=$(iptables -L NOPE 2>&1) || echo "caught"; echo "[$x]"
set -e; local_v=$(false); echo after
set -e; (iptables -N C; iptables -N C); echo after-subshell
set -e; { iptables -N D; iptables -N D; } || echo group-failed; echo after-group
set -e; for c in E F E; do iptables -N $c; done; echo after-loop
set -e; while iptables -D INPUT 1 2>/dev/null; do :; done; echo loop-ok
set -e; iptables -N G && iptables -N G; echo and-list-continues
set -u; echo "${UNSET_VAR:-ok}"; echo $UNSET_VAR; echo after
set -x; iptables -N H 2>/dev/null; x=$(iptables -S H); echo "$x"
set -o | grep -E 'errexit|pipefail|nounset'
set -- a b; set -e; shift 3; echo shift-ok
trap 'echo "trap rc=$?"' EXIT; iptables -L NOPE 2>/dev/null; exit 3
trap 'echo ERR at $LINENO' ERR; iptables -L NOPE 2>/dev/null; echo next
false; echo $?; ! false; echo $?; true | false; echo $?; false | true; echo $?
iptables -L NOPE 2>/dev/null | true; echo "${PIPESTATUS[0]} ${PIPESTATUS[1]}"
(exit 7); echo $?; { (exit 8); }; echo $?; $(exit 9); echo $?
iptables -S INPUT >/dev/null && echo ok1 || echo fail1; iptables -S NOPE >/dev/null 2>&1 && echo ok2 || echo fail2
iptables -N Z; iptables -A Z -j ACCEPT; for i in 1 2 3; do iptables -A Z -s 10.0.0.$i -j DROP || break; done; iptables -S Z | tail -2
count=0; for r in $(iptables -S Z | grep -c DROP); do count=$r; done; echo "drops=$count"
iptables -S Z | while IFS= read -r line; do set -- $line; echo "$# words: $1 $2"; done
echo "$(iptables -S Z | head -1)" | { read -r a b; echo "$a/$b"; }
iptables -N Y 2>&1 | tee /tmp/err.txt; iptables -N Y 2>&1 | tee -a /tmp/err.txt; cat /tmp/err.txt
result=$(iptables -A INPUT -j NOPE 2>&1); rc=$?; echo "rc=$rc msg=${result:0:40}"
iptables -F NOPE 2>/tmp/e; echo rc=$?; cat /tmp/e; wc -c < /tmp/e
iptables -L -n 2>&1 >/dev/null | wc -l
exec 2>/dev/null; iptables -N Q; iptables -N Q; echo rc=$?
set -x; (echo a); x=$(echo b); y=$(echo $(echo c)); f() { echo f; }; f
trap 'echo ERR $?' ERR; false; true; f() { false; echo in-f; }; f; false || true; ! false; if false; then :; fi; (false); echo end
set -e; trap 'echo ERR' ERR; f() { false; echo no; }; f; echo no2
set -E; trap 'echo ERR' ERR; f() { iptables -L NOPE 2>/dev/null; echo in-f; }; f; echo end

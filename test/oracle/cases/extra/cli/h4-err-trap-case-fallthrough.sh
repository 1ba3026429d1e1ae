# ERR/EXIT traps with $BASH_COMMAND and $LINENO in a rollback-style firewall script; case ;& and ;;&
cat > /tmp/s.sh <<'SEOF'
#!/bin/bash
set -Eeuo pipefail
trap 'echo "ERR at line $LINENO: $BASH_COMMAND (rc=$?)" >&2' ERR
trap 'echo "exit handler rc=$? last=[$BASH_COMMAND]"' EXIT
backup=$(mktemp /tmp/fw.XXXXXX)
iptables-save > "$backup"
rollback() { echo "rolling back" >&2; iptables-restore < "$backup"; }
main() {
  echo "in ${FUNCNAME[0]} called from ${FUNCNAME[1]:-top} line $LINENO, script $(basename "$0")"
  iptables -A INPUT -p tcp --dport 22 -j ACCEPT
  iptables -A INPUT -p tcp --dport bogus -j ACCEPT || { rollback; return 3; }
}
main "$@"
echo unreachable
SEOF
bash /tmp/s.sh a b; echo "rc=$?"; iptables -S INPUT
cat > /tmp/t.sh <<'SEOF'
#!/bin/bash
for a in start restart stop status other; do
  case "$a" in
    start) echo "start: $a" ;&
    restart) iptables -A INPUT -m comment --comment "$a" -j ACCEPT; echo "restart: $a" ;;&
    st*) echo "st*: $a" ;;
    *) echo "default: $a" ;&
  esac
done
SEOF
bash /tmp/t.sh; iptables -S INPUT
trap 'echo "ERR: [$BASH_COMMAND] rc=$? line=$LINENO"' ERR; false; iptables -C INPUT -j DROP 2>/dev/null; x=$(iptables -S NOPE 2>&1); [[ -n $x ]] && iptables -S | grep -q nothing; f() { iptables -L NOPE >/dev/null 2>&1; }; f; echo "last: $BASH_COMMAND"
bash -c 'trap "echo \"exit: [\$BASH_COMMAND] \$?\"" EXIT; iptables -F; iptables -X NOPE 2>/dev/null; exit 5'; echo "rc=$?"
f() { case $1 in a) echo a;& b) echo b;;& *) echo any;; esac; }; declare -f f; f a; f b; f c
echo x ;& echo y

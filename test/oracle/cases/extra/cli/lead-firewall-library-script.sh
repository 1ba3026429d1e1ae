# A learner's firewall script sourcing a helper library: readonly, functions with local loops and backslash continuations, FUNCNAME/BASH_LINENO, exports to child shells, PS4 with LINENO, caller, a readonly violation under set -e
cat > /tmp/lib.sh <<'EOS'
#!/bin/bash
# firewall helpers
readonly CHAIN=MYFW
ensure_chain() {
  iptables -N "$CHAIN" 2>/dev/null || iptables -F "$CHAIN"
  iptables -C INPUT -j "$CHAIN" 2>/dev/null || iptables -I INPUT -j "$CHAIN"
}
add_rules() {
  local port
  for port in "$@"; do
    iptables -A "$CHAIN" -p tcp --dport "$port" \
      -m comment --comment "port $port" \
      -j ACCEPT
  done
}
show() {
  echo "== $FUNCNAME from line ${BASH_LINENO[0]} =="
  iptables -S "$CHAIN"
}
EOS
cat > /tmp/main.sh <<'EOS'
#!/bin/bash
set -eu
. /tmp/lib.sh
ensure_chain
add_rules 22 80
show
ensure_chain
add_rules 443
show
export MODE=strict
bash -c 'echo "child sees MODE=$MODE CHAIN=${CHAIN:-unset}"'
env -i bash -c 'echo "clean env PATH=${PATH:-none}"'
PS4='+${LINENO}: '
set -x
iptables -C INPUT -j MYFW
set +x
caller 0 || echo "no caller at top"
f() { caller 0; }; f
CHAIN=other
echo never
EOS
bash /tmp/main.sh; echo "rc=$?"
iptables -S
bash -n /tmp/main.sh && echo syntax-ok
printf 'if true; then\n  echo x\nfi fi\n' > /tmp/bad.sh; bash /tmp/bad.sh; echo rc=$?
printf 'echo start\nfor i in 1 2; do\n  echo $i\n' > /tmp/bad2.sh; bash /tmp/bad2.sh; echo rc=$?
printf 'echo a\n)\necho b\n' > /tmp/bad3.sh; bash /tmp/bad3.sh; echo rc=$?

bash -c $'\n\necho $(echo $LINENO) $LINENO'
bash -c $'echo a\nx=$(\nfoo\n)'
bash -c $'echo a\nx=$(foo;\n bar)'
bash -c $'echo a\n\nx=$(echo "$(( 1 + ))")'
x=$(nosuch); y=`nosuch2`; echo "$(nosuch3)"
cat > /tmp/l.sh <<'LEOF'
echo start
v=$(nosuch_a)
w=$(
  echo $LINENO
  nosuch_b
)
echo "$w"
f() {
  echo "f at $LINENO, $(echo inner $LINENO)"
  nosuch_c
}
f
LEOF
bash /tmp/l.sh
cat > /tmp/fn.sh <<'FNEOF'
echo "top: [${FUNCNAME[*]}] ${#FUNCNAME[@]} [${BASH_SOURCE[*]}] [${BASH_LINENO[*]}]"
f() { echo "f: [${FUNCNAME[*]}] ${#FUNCNAME[@]} [${BASH_SOURCE[*]}] [${BASH_LINENO[*]}] $0"; }
g() { f; caller; caller 0; }
f
g
(f)
x=$(f); echo "$x"
FNEOF
bash /tmp/fn.sh
bash -c "$(cat /tmp/fn.sh)"
f() { iptables -S "$@" | head -1; }; bash -c "$(declare -f f); f INPUT; x=\$(\nf OUTPUT\n)\necho \"\$x\""

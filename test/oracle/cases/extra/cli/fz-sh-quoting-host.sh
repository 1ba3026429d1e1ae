# the oracle's host (no /etc/iptables, bash's own SHELL/TERM, $-), quotes inside $( ) in double quotes, {a,} dropping the empty word, comments with quotes through iptables
ls /etc/iptables; echo rc=$?
ls -d /etc/iptables 2>&1 | wc -l
echo $SHELL $TERM; env | grep -c -e ^TERM= -e ^SHELL=
echo $-; bash -c 'echo $-'; set -e; echo $-
echo "$(echo "inner \"quoted\"")" "$(echo 'single' "dq \$HOME")"
echo "$(iptables -S | grep -c "P INPUT")"
echo {a,b}{1,2} {x..z} {3..1} {a,} x{,}y
iptables -A INPUT -m comment --comment "my rule" -j ACCEPT
iptables -A INPUT -m comment --comment 'single quoted' -j ACCEPT
iptables -A INPUT -m comment --comment "it's \"quoted\"" -j ACCEPT
iptables -A INPUT -m comment --comment my\ rule\ 2 -j ACCEPT
iptables-save | grep comment
iptables -S INPUT | grep -c "\"" ; iptables -S | grep -F '"my rule"'
echo a > /tmp/r1 2>&1 > /tmp/r2; cat /tmp/r1 /tmp/r2
ls /nope 2> /tmp/e2 >&2; cat /tmp/e2
{ echo out; echo err >&2; } 2>&1 | sort
(echo sub; exit 2) | cat; echo ${PIPESTATUS[*]}

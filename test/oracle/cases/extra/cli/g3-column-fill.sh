# column without -t fills tab-stop columns (down, or across with -x) as wide as the widest entry rounded to 8, within -c or $COLUMNS or 80; -t with a missing file still ends with 0 once it printed a table
iptables -N WEB; iptables -N LOGDROP; iptables -N a-very-long-chain-name; iptables -A INPUT -p tcp --dport 22 -j ACCEPT
printf 'a\nb\n' > /tmp/f
iptables -S | column; echo rc=$?
iptables -S | awk '{print $2}' | column
iptables -S | awk '{print $2}' | column -x
iptables -S | awk '{print $2}' | column -c 40
seq 1 30 | column; seq 1 30 | column -x; seq 1 30 | column -c 20
printf 'alpha\n\nbeta gamma\n  delta\t\n' | column
printf '' | column; echo rc=$?
COLUMNS=30 column <<< $'one\ntwo\nthree\nfour\nfive\nsix'
column -t /tmp/f /nope; echo rc=$?
column /tmp/f /nope; echo rc=$?
column -t /nope; echo rc=$?
column /nope; echo rc=$?
column -t /nope /tmp/f; echo rc=$?

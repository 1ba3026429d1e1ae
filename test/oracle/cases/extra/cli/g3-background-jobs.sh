# cmd & runs as a background job in a subshell: $! is a number, wait PID / %N gives its status, wait -n the next one, unknown pids and jobs fail with 127; what a job prints shows after the builtins that follow it (echo) and before the next program or wait; `\` inside backticks nests a substitution
iptables -N WEB; iptables -A WEB -j DROP
{ sleep 0.2; echo late; } & echo early; wait; echo done
(sleep 0.1; iptables -A WEB -j ACCEPT) & pid=$!; wait $pid; echo "rc=$?"; iptables -S WEB
for i in 1 2 3; do (iptables -A WEB -s 10.0.0.$i -j DROP) & done; wait; iptables -S WEB | grep -c 10.0.0
(exit 5) & wait $!; echo "rc=$?"; (exit 3) & p1=$!; (exit 4) & p2=$!; wait $p2; echo "p2=$?"; wait $p1; echo "p1=$?"
x=1; x=2 & wait; echo "x=$x"; cd /tmp & wait; pwd
true & wait -n; echo rc=$?; wait -n; echo rc=$?; wait 12345; echo rc=$?; wait %5; echo rc=$?; wait abc; echo rc=$?
sleep 0.1 & echo "bg=$(echo $! | grep -c '^[0-9][0-9]*$')"; wait
{ sleep 0.1; echo err >&2; } & wait; echo after
iptables -L NOPE 2>&1 & wait; echo rc=$?
set -e; false & wait; echo still-running; (exit 2) & wait $!; echo notreached
echo `echo back\`tick\``; echo "`echo "in dq"`"; echo `echo \$HOME`; echo `echo '\$x'`; echo `echo a\\\\b`
n=`iptables -S | wc -l`; echo "rules: $n"; echo "rules: `iptables -S | grep -c -- -P`"; for c in `iptables -S | awk '{print $2}'`; do echo -n "$c "; done; echo
x=`echo \`echo nested\``; echo "$x"; echo `printf '%s\n' a b | tr '\n' ,`; echo "`echo \"quoted\"`"

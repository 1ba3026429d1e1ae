# Firewall apply scripts with a rollback timer: a job that starts with a sleep does nothing before it (kill $! cancels the rollback, wait lets it restore), parallel ip netns jobs, per-pid statuses (a pid can be waited for twice), wait -n in order of finishing, wait -n/-f/-p, a cleanup trap killing $(jobs -p)
iptables-save > /tmp/backup.rules; (sleep 3; iptables-restore < /tmp/backup.rules; echo rolled back) & rb=$!; iptables -P INPUT DROP; kill $rb; wait $rb 2>/dev/null; echo "confirmed rc=$?"; iptables -S | head -1
iptables-save > /tmp/b.rules; (sleep 0.2; iptables-restore < /tmp/b.rules; echo rolled back) & iptables -P FORWARD DROP; wait; iptables -S | sed -n 2p
for ns in n1 n2 n3; do ip netns add $ns & done; wait; ip netns list | sort
for ns in n1 n2 n3; do ip netns exec $ns iptables -A INPUT -j ACCEPT & done; wait; for ns in n1 n2 n3; do ip netns exec $ns iptables -S INPUT | tail -1; done
pids=""; for i in 1 2 3; do (exit $i) & pids="$pids $!"; done; fails=0; for p in $pids; do wait $p || fails=$((fails+1)); done; echo "fails=$fails"
job() { sleep 0.$1; return $1; }; job 2 & job 1 & wait -n; echo "first=$?"; wait -n; echo "second=$?"; wait -n; echo "none=$?"
sleep 1 & echo $! > /tmp/pid; kill $(cat /tmp/pid); wait; echo ok
cleanup() { echo "cleanup: $(jobs -p | wc -l) jobs"; kill $(jobs -p) 2>/dev/null; }; trap cleanup EXIT; sleep 3 & sleep 3 & echo started
f() { sleep 0.1 & wait $!; echo "f rc=$?"; }; f; jobs
{ sleep 0.1; echo in-group; } & wait; echo "rc=$?"; echo "last=$!" | tr -d 0-9
sleep 0.1 | cat & wait; echo done
( sleep 0.1 & wait; echo inner ) ; echo outer
true & p=$!; wait $p; wait $p; echo $?
wait -n 9999; echo $?
wait %1 %2; echo $?
sleep 1 & wait -f %1 2>&1; echo $?
kill -l 143; kill -l 137; kill -l TERM
iptables-save > /tmp/s.rules; iptables -N TMP; (sleep 0.5; iptables-restore < /tmp/s.rules) & sleep 0.2; iptables -S | grep -c TMP; sleep 0.5; iptables -S | grep -c TMP
(sleep 1; iptables -N LATE) & kill %1; wait; iptables -S LATE 2>&1; echo $?
sleep 0.3 & sleep 0.1 & wait -n -p who; echo "rc=$? second-first=$([ "$who" = "$!" ] && echo yes)"

# trap -p lists by signal number and a subshell shows its parent's traps until it sets one; trap -l / kill -l tables; RETURN and DEBUG traps; kill's errors for pids and jobs that do not exist; command -v/-V succeed when any name is found
iptables -N WEB; iptables -A WEB -j DROP
command -v nope iptables; echo rc=$?; command -v nope; echo rc=$?; command -v iptables nope; echo rc=$?; command -V iptables nope; echo rc=$?
trap 'echo x' EXIT; trap 'echo y' INT; (trap -p); x=$(trap -p EXIT); echo "[$x]"; (trap 'echo z' TERM; trap -p); trap - EXIT
trap -l | tail -3; trap -l | wc -l; trap -p nope; echo rc=$?; trap 'echo u' USR1 SIGHUP 9; trap -p
f() { trap 'echo ret from f' RETURN; echo body; }; f; f; g() { echo g; }; g
f() { trap 'echo ret' RETURN; }; f; echo after; trap -p RETURN
trap 'echo dbg' DEBUG; echo one; trap - DEBUG; echo two
trap 'echo caught' ERR; false; trap -p ERR
trap -l | cat -A
kill -l | cat -A; kill -l 9 15; kill -l SIGTERM
kill -l 137 2 HUP sigint nope; echo rc=$?; kill; echo rc=$?; kill 999999; echo rc=$?; kill -9 999999; echo rc=$?; kill %1; echo rc=$?; kill -s TERM abc; echo rc=$?; kill -NOPE 1; echo rc=$?; kill -0 999999; echo rc=$?
type kill trap wait
trap 'iptables -F WEB; echo flushed' EXIT; iptables -S WEB | wc -l; trap -p | cat
f() { trap 'echo "leaving f rc=$?"' RETURN; iptables -L NOPE 2>/dev/null; }; f; echo rc=$?

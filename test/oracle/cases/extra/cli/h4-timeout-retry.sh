# timeout as retry loops use it: 124 on expiry whatever the signal, --preserve-status gives 128+N (or the command's own status), -v names the signal, bad signals and intervals give 125 with coreutils' texts, fewer than two operands only the hint; a missing command 127
timeout 0.2 sleep 1; echo $?
timeout -s INT 0.2 sleep 1; echo $?
timeout --signal=HUP 0.2 sleep 1; echo $?
timeout --preserve-status -s HUP 0.2 sleep 1; echo $?
timeout -k 1 0.2 sleep 1; echo $?
timeout -s BOGUS 1 true; echo $?
timeout --preserve-status 1 bash -c 'exit 3'; echo $?
timeout 1; echo $?
timeout x; echo $?
timeout 0 true; echo $?
timeout 1s sleep 0.1; echo $?
timeout 0.3 bash -c 'echo start; sleep 1; echo end'; echo $?
timeout 0.2 tail -f /dev/null; echo $?
x=$(timeout 0.2 sleep 1); echo "rc=$?"
for i in 1 2 3; do timeout 0.1 sleep 1 || echo "try $i timed out ($?)"; done
until timeout 0.1 sleep 0.05; do echo retry; done; echo ok
timeout -v 0.1 sleep 1; echo $?
iptables -N RETRY; n=0; until timeout 1 iptables -C RETRY -j ACCEPT 2>/dev/null; do n=$((n+1)); [ $n -ge 3 ] && iptables -A RETRY -j ACCEPT; done; echo "after $n tries"; iptables -S RETRY
timeout 2 iptables -w 1 -L INPUT -n; echo $?
timeout --foreground 1 true; echo $?; timeout -k 0.1 -s TERM 0.1 sleep 1; echo $?; timeout --signal 2 0.1 sleep 1; echo $?
timeout -s 0 1 true; echo $?; timeout -s SIGUSR1 --preserve-status 0.1 sleep 1; echo $?

# run-real kills a command after 5 s with status 124 and keeps what it printed: sleep, sleep infinity, tail -f, endless loops; timeout's own limit
echo before; sleep 6; echo after
timeout 1 sleep 3; echo rc=$?
sleep 0.1; echo ok
tail -f /etc/hostname
while true; do :; done
echo x | sleep 7
sleep infinity
iptables -A INPUT -j ACCEPT; for i in 1 2 3; do iptables -S INPUT | tail -1; sleep 2; done
timeout 2 sleep 1; echo rc=$?; timeout 0.5 tail -f /etc/hostname; echo rc=$?

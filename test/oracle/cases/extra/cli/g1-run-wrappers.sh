nice; echo rc=$?
nice -n 5 echo a; echo rc=$?
nice -5 echo b
nice --adjustment=3 echo c
nice -n x true; echo rc=$?
nice -n 3; echo rc=$?
nice nosuchcmd; echo rc=$?
nice -n; echo rc=$?
nice -q echo; echo rc=$?
stdbuf -oL echo hi
stdbuf echo hi; echo rc=$?
stdbuf -x echo; echo rc=$?
stdbuf -o; echo rc=$?
stdbuf -oL; echo rc=$?
stdbuf --output=L echo x
stdbuf -oL nosuch; echo rc=$?
nohup; echo rc=$?
nohup nosuch; echo rc=$?
nohup echo hi | cat
nohup sh -c 'exit 3'; echo rc=$?
nice -n 10 sh -c 'exit 4'; echo rc=$?
iptables -A INPUT -s 10.1.1.1 -j DROP
nice -n 5 iptables -S INPUT
nohup iptables -L INPUT -n 2>/dev/null | head -1
stdbuf -oL iptables -S INPUT | head -1
timeout 5 nice stdbuf -o0 iptables-save -t filter | grep -c -- -A

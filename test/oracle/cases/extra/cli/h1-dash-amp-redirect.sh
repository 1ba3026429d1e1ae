# sh (dash) reads bash's &> as "run in the background" then ">FILE": idempotency checks always pass
sh -c 'if iptables -C INPUT -j DROP &> /dev/null; then echo present; else echo absent; fi; wait'
sh -c 'iptables -C INPUT -p tcp --dport 22 -j ACCEPT &>/dev/null || iptables -A INPUT -p tcp --dport 22 -j ACCEPT; wait'
iptables -S INPUT
bash -c 'iptables -C INPUT -p tcp --dport 80 -j ACCEPT &>/dev/null || iptables -A INPUT -p tcp --dport 80 -j ACCEPT'
iptables -S INPUT
sh -c 'iptables -S INPUT &>/tmp/out.txt; wait; wc -c < /tmp/out.txt'
sh -c 'echo hi &>>/tmp/app.txt; wait; cat /tmp/app.txt; echo end'
sh -c 'echo hi >& /dev/null; echo rc=$?'; echo rc=$?
sh -c 'echo hi >&2' 2>&1
sh -c 'iptables -S |& grep -c P'; echo rc=$?

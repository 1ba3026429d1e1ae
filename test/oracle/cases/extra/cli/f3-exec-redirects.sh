# exec with redirections only: they last for the rest of the command line
exec 3>/tmp/fd3; iptables -S INPUT >&3; exec 3>&-; cat /tmp/fd3
exec 3>&-; echo hi >&3; echo rc=$?
echo a; exec >/tmp/log; echo b; iptables -S OUTPUT; exec >&2; echo c; cat /tmp/log
exec 2>&1; iptables -L NOPE; echo after
exec 2>/dev/null; iptables -L NOPE; echo rc=$?
{ echo x; exec >/tmp/g; echo y; } | cat; cat /tmp/g
exec 4>>/tmp/h; echo one >&4; echo two >&4; cat /tmp/h
exec 5</tmp/fd3; echo $?
f() { exec 3>/tmp/in-f; echo inf >&3; }; f; echo out >&3; cat /tmp/in-f

# ssh to IPv6 literals through ip6tables, and the terminal ssh asks for without a command
serve tcp 2222
ssh -p 2222 127.0.0.1; echo rc=$?
ssh -p 2222 127.0.0.1 uptime; echo rc=$?
ssh -T -p 81 127.0.0.1; echo rc=$?
ssh -N -p 81 127.0.0.1; echo rc=$?
ssh -p 81 root@127.0.0.1 true; echo rc=$?
ssh -p 81 root@::1; echo rc=$?
ssh -p 81 ::ffff:127.0.0.1; echo rc=$?
ssh -4 -p 81 ::1; echo rc=$?
ssh -6 -p 81 127.0.0.1; echo rc=$?
ssh -p 81 fe80::1%lo; echo rc=$?
ssh -p 81 [::1]; echo rc=$?
ip6tables -A INPUT -p tcp --dport 82 -j REJECT --reject-with tcp-reset
ip6tables -A OUTPUT -p tcp --dport 83 -j DROP
ssh -p 82 ::1 id; echo rc=$?
ssh -o ConnectTimeout=1 -p 83 ::1 id; echo rc=$?

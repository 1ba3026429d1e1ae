# The legacy-tables warning leads iptables' output in every form of joined streams: |&, 2>&1 into a pipe, a group, a subshell, $( ), a file, &>, >>.
iptables-legacy -N X
iptables -L INPUT -n |& head -2
iptables -S INPUT 2>&1 >/dev/null | cat
{ iptables -S INPUT; } 2>&1 | head -1
(iptables -S INPUT) 2>&1 | head -1
out=$(iptables -S INPUT 2>&1); echo "$out" | head -1
iptables -S INPUT > /tmp/o 2>&1; head -1 /tmp/o
iptables -S INPUT &> /tmp/o2; head -1 /tmp/o2
iptables -S INPUT >> /tmp/o3 2>&1; head -1 /tmp/o3

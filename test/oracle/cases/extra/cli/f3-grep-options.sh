# GNU grep options around iptables listings: -NUM, -b, -T, -Z, -X, -d, --include, --label, group separators, -q with errors
iptables -A INPUT -i lo -j ACCEPT; iptables -A INPUT -p tcp --dport 22 -j ACCEPT; iptables -A INPUT -p udp --dport 53 -j ACCEPT; iptables -N LOGDROP; iptables -A LOGDROP -j LOG --log-prefix "drop: "; iptables -A LOGDROP -j DROP; iptables -A INPUT -j LOGDROP
iptables -S > /tmp/r; iptables -L -n > /tmp/l
grep -2 tcp /tmp/r
grep -a -b udp /tmp/r
grep -T -n ACCEPT /tmp/r
grep -Z -l ACCEPT /tmp/r /tmp/l | od -c | head -3
grep -X egrep 'tcp|udp' /tmp/r
grep --color=never -m1 -e DROP /tmp/r
grep -I -H -c ACCEPT /tmp/r
grep --include='*' -r DROP /tmp/r
grep --label=stdin -H tcp < /tmp/r
grep -U tcp /tmp/r
grep -d skip tcp /tmp
grep --no-group-separator -A0 tcp /tmp/r
grep --group-separator=XX -A0 -e tcp -e lo /tmp/r
grep -T ACCEPT /tmp/r | cat -A
grep -T -H ACCEPT /tmp/r | cat -A
grep -T -n -b tcp /tmp/r /tmp/l | cat -A
grep -T -c ACCEPT /tmp/r /tmp/l | cat -A
grep -T -n -A1 tcp /tmp/r | cat -A
grep -Tn '' /tmp/l | cat -A
grep -Z -H ACCEPT /tmp/r | cat -A
grep -Z -c ACCEPT /tmp/r /tmp/l | cat -A
grep -Z -L tcp /tmp/r /tmp/l | cat -A
grep -Z -n -A1 -H tcp /tmp/r | cat -A
grep -b -A1 tcp /tmp/r
grep -b -o -e ACCEPT -e tcp /tmp/r
grep -bn ACCEPT /tmp/r
grep -X fgrep 'a.c' /tmp/r; echo rc=$?
grep -X perl '\d+' /tmp/r
grep -X awk tcp /tmp/r; echo rc=$?
grep -E -F tcp /tmp/r; echo rc=$?
grep -d read tcp /tmp; echo rc=$?
grep -d bogus tcp /tmp; echo rc=$?
grep -D skip tcp /tmp/r
grep --exclude='r' -H tcp /tmp/r /tmp/l
grep -r --include='l' tcp /tmp
grep -r --exclude='l' tcp /tmp
grep -r --exclude-dir=tmp tcp /tmp; echo rc=$?
grep -3 -n tcp /tmp/l
grep -1 -A0 tcp /tmp/l
grep -A1 -2 tcp /tmp/l
grep -z tcp /tmp/r | od -c | tail -2
grep --null -l tcp /tmp/r | od -c
grep -q tcp /tmp/r /tmp/nofile; echo rc=$?
grep -q tcp /tmp/nofile /tmp/r; echo rc=$?
grep -sq tcp /tmp/nofile /tmp/r; echo rc=$?
grep -q zzz /tmp/nofile /tmp/r; echo rc=$?
grep -m1 -c ACCEPT /tmp/r
grep -m 2 -A1 ACCEPT /tmp/r
grep -n --color=always tcp /tmp/r | cat -A
grep --colour=auto tcp /tmp/r
grep -y TCP /tmp/r
grep --no-ignore-case -i TCP /tmp/r; echo rc=$?
grep -i --no-ignore-case TCP /tmp/r; echo rc=$?
grep -L -Z x /tmp/r | od -c
echo abc | grep --label=foo -H -c b
echo abc | grep -H b
echo abc | grep -c b - /tmp/r

# coreutils options over iptables output: seq -f/-w/decimals, basename -s/-a, date -d, od -N/-j, tac -s/-b, nl, paste, comm, column
iptables -A INPUT -i lo -j ACCEPT; iptables -A INPUT -p tcp --dport 22 -j ACCEPT; iptables -A INPUT -s 10.0.0.0/8 -j DROP; iptables -S > /tmp/r; iptables -L INPUT -n > /tmp/l; echo ok
nl -ba /tmp/l; nl -w3 -s': ' /tmp/r; nl -v 10 -i 5 /tmp/r | head -2; nl -n rz /tmp/r | head -2; nl -n ln /tmp/r | head -1
paste /tmp/r /tmp/l | head -3; paste -d: - - < /tmp/r; paste -s -d'\n' /tmp/r | wc -l; paste -sd' ' /tmp/r | cut -c1-40
tac /tmp/r | head -2; rev /tmp/r | head -1; tac -s ' ' <<< 'a b c'; echo
comm <(sort /tmp/r) <(sort /tmp/l); comm -12 <(printf 'a\nb\n') <(printf 'b\nc\n'); comm -3 <(printf 'a\nb\n') <(printf 'b\nc\n')
head -n 2 /tmp/r /tmp/l; tail -n 1 /tmp/r /tmp/l; head -c -10 /tmp/r | tail -1; echo; tail -c +5 /tmp/r | head -1
seq -s, 5; seq -w 8 11; seq 1 0.5 3; seq -f '%03g' 3; seq 5 -1 3; seq 0; echo rc=$?
od -An -tx1 <<< 'ab'; od -c -N 4 /tmp/r; od -x <<< 'abcd' | head -1; od -An -c <<< 'x y'
tr -s ' ' < /tmp/l | cut -d' ' -f1,4 | sort -u
basename /tmp/dir/file.rules .rules; basename -s .v4 /etc/a.v4 /etc/b.v4; basename -a /x/y /z; dirname /tmp/a/b /c; dirname a
expr 5 + 3; expr length "iptables"; expr substr "iptables" 1 2; expr "abc" : 'a\(.\)'; expr 5 \> 3; expr 1 / 0; echo rc=$?
seq -s, 5; seq -w 8 11; seq 1 0.5 3; seq -f '%03g' 3; seq 5 -1 3; seq 0; echo rc=$?; seq 0.1 0.1 0.5; seq -f 'p%g' 2 2 6; seq -s ' ' -w 1 10
basename /tmp/dir/file.rules .rules; basename -s .v4 /etc/a.v4 /etc/b.v4; basename -a /x/y /z; basename a b c; echo rc=$?; basename -- -x
date -d @0 -u; date -u -d '2024-01-02 03:04:05' +%s; date -u +%Y -d @86400; date -d '2024-02-30'; echo rc=$?; date -d 2024-03-01 +%F; date --date=@1700000000 '+%Y-%m-%d %H:%M:%S'
iptables -S > /tmp/r; od -c -N 4 /tmp/r; od -c -j 3 -N 5 /tmp/r; od -An -tx1 -N2 /tmp/r
tac -s ' ' <<< 'a b c'; echo; printf 'a,b,c' | tac -s,; echo; printf 'x\ny\n' | tac -b; tac /tmp/r

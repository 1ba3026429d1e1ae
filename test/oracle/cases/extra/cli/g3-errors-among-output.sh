# with 2>&1 a missing file's error falls where it happened among the output (glibc's error() flushes stdout first): cat, grep, head, cut, nl, md5sum; tac, od, rev, column and tee show it first
iptables -A INPUT -p tcp --dport 22 -j ACCEPT; iptables -A INPUT -p udp --dport 53 -j ACCEPT; iptables-save > /tmp/rules; printf 'a\nb\n' > /tmp/f
cat /tmp/f /nope /tmp/f 2>&1; cat -n /tmp/f /nope /tmp/f 2>&1; cat -A /tmp/f /nope 2>&1 | cat
cat /nope /tmp/f 2>&1 | cat; cat /tmp/rules /tmp/missing 2>&1 | tail -2
grep -c ACCEPT /tmp/rules /nope /tmp/f 2>&1; echo rc=$?; grep -h a /nope /tmp/f 2>&1 | cat; grep -H dport /tmp/rules /nope 2>&1 | tail -1
seq 1 2000 > /tmp/big; grep 1 /tmp/big /nope 2>&1 | tail -2; grep -s 1 /tmp/big /nope 2>&1 | tail -1; echo rc=$?
head -n1 /tmp/f /nope /tmp/f 2>&1; head -1 /nope /tmp/rules 2>&1 | cat
cut -c1 /tmp/f /nope /tmp/f 2>&1; nl /tmp/f /nope /tmp/f 2>&1 | cat; md5sum /nope /tmp/f 2>&1
tac /tmp/f /nope 2>&1; od -c /tmp/f /nope 2>&1; rev /tmp/f /nope 2>&1; column -t /tmp/f /nope 2>&1
tee /tmp/ok /nope/x < /tmp/f 2>&1; echo rc=$?; iptables -S | tee /tmp/dir-missing/x 2>&1 | head -2
for f in /tmp/f /nope /tmp/rules; do wc -l $f 2>&1; done; wc -l /tmp/f /nope /tmp/rules 2>&1

# mktemp, base64, sha*sum (-c), fold, join, find, stat -c, truncate around saved rule sets
f=$(mktemp); echo "${f%.*}" ${#f}; iptables-save > "$f"; wc -l < "$f"; d=$(mktemp -d); echo ${d:0:9}; mktemp /tmp/rules.XXXX | wc -c; mktemp -u | cut -c1-9; mktemp /tmp/x; echo rc=$?; mktemp -t foo.XXX | cut -c1-9; mktemp --suffix=.v4 | grep -c "\.v4$"
iptables -S > /tmp/r; echo hi | base64; base64 /tmp/r | head -2; echo aGkK | base64 -d; base64 -w 20 /tmp/r | head -2; echo '!!' | base64 -d; echo rc=$?
sha1sum /tmp/r; echo x | sha1sum; sha1sum /tmp/nofile; echo rc=$?; sha512sum /tmp/r | cut -c1-20; md5sum -c <(md5sum /tmp/r)
fold -w 10 /tmp/r | head -3; fold -s -w 12 /tmp/r | head -3; echo abcdefghij | fold -w3; fold -b -w 5 <<< 'héllo wörld'
printf '1 a\n2 b\n3 c\n' > /tmp/j1; printf '1 x\n3 z\n4 w\n' > /tmp/j2; join /tmp/j1 /tmp/j2; join -a1 /tmp/j1 /tmp/j2; join -v2 /tmp/j1 /tmp/j2; join -t: <(echo a:1) <(echo a:2); join -o 1.2,2.2 /tmp/j1 /tmp/j2
mkdir -p /tmp/d/sub; touch /tmp/d/a.rules /tmp/d/sub/b.rules /tmp/d/c.txt; find /tmp/d | sort; find /tmp/d -name '*.rules' | sort; find /tmp/d -type d; find /tmp/d -maxdepth 1 -type f | sort; find /tmp/d -name '*.txt' -delete; find /tmp/d -type f | wc -l; find /tmp/nodir; echo rc=$?; find /tmp/d -type f -exec basename {} \; | sort; find /tmp/d -newer /tmp/r -type f | wc -l; find /tmp/d -empty | sort; find /tmp/d -iname 'A*'; find /tmp/d -path '*sub*'; find /tmp/d -type f -printf '%f %s\n' | sort
stat -c '%s %n %a %F' /tmp/r; stat -c %s /tmp/j1 /tmp/j2; stat --format='%U:%G' /tmp/r; stat /tmp/nofile; echo rc=$?; stat -c '%A %h' /tmp/d
truncate -s 0 /tmp/j1; wc -c < /tmp/j1; truncate -s 10 /tmp/j1; wc -c < /tmp/j1; od -c /tmp/j1 | head -1
iptables -S > /tmp/cur; sha256sum /tmp/cur > /tmp/cur.sum; iptables -A INPUT -j DROP; iptables -S > /tmp/cur; sha256sum -c /tmp/cur.sum; echo rc=$?; sha256sum --status -c /tmp/cur.sum; echo rc=$?

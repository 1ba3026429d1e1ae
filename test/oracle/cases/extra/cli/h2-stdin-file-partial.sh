# A regular file on stdin: head -n, grep -m, sed q and a failed restore seek back to what they used
iptables -A INPUT -s 10.0.0.1 -j DROP; iptables -A INPUT -s 10.0.0.2 -j DROP; iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -S > /tmp/rules; cat /tmp/rules
while read -r l; do echo "got $l"; head -1; done < /tmp/rules
while read -r l; do echo "got $l"; sed 1q; done < /tmp/rules
while read -r l; do echo "got $l"; grep -m1 .; done < /tmp/rules
while read -r l; do echo "got $l"; sed -n 1p; done < /tmp/rules
while read -r l; do echo "got $l"; awk '{print "awk " $0; exit}'; done < /tmp/rules
{ head -1; echo ---; cat; } < /tmp/rules
{ head -n 2 >/dev/null; cat; } < /tmp/rules
{ head -n -2; echo ---; cat; } < /tmp/rules
{ head -c 5; echo; echo ---; cat; } < /tmp/rules
{ head -n 0; echo ---; cat; } < /tmp/rules
{ read -r p; echo "policy: $p"; grep -m1 -- '-j DROP'; echo ---; cat; } < /tmp/rules
{ grep -q DROP; echo "rc=$?"; cat; } < /tmp/rules
{ grep -m1 -c DROP; echo ---; cat; } < /tmp/rules
{ grep -m2 -v DROP; echo ---; cat; } < /tmp/rules
{ grep -m1 -A1 'INPUT -s'; echo ---; cat; } < /tmp/rules
{ sed -n '/10.0.0.1/{p;q}'; echo ---; cat; } < /tmp/rules
{ sed 2Q; echo ---; cat; } < /tmp/rules
{ sed -s 1q; echo ---; cat; } < /tmp/rules
{ tail -n 1; cat; } < /tmp/rules
{ mapfile -t -n 2 top; echo "${top[1]}"; cat; } < /tmp/rules
{ mapfile -s 1 -n 1 x; echo "${x[@]}"; cat; } < /tmp/rules
{ head -2 -; echo ---; cat; } < /tmp/rules
{ head -n 1 >/dev/null; head -n 1; echo ---; cat; } < /tmp/rules
printf '*filter\n-A INPUT -s 1.1.1.1 -j DROP\n-A INPUT -p tcp --dport 99999 -j DROP\n-A INPUT -s 2.2.2.2 -j DROP\nCOMMIT\n# end\n' > /tmp/r2
{ iptables-restore; echo "rc=$?"; cat; } < /tmp/r2
printf '*filter\n-A INPUT -s 1.1.1.1 -j DROP\n-A INPUT -j NOPE\nCOMMIT\n# end\n' > /tmp/r1
{ iptables-restore; echo "rc=$?"; cat; } < /tmp/r1
printf '*filter\n-A INPUT -s 1.1.1.1 -j DROP\nCOMMIT\n*nat\n-A FOO -j ACCEPT\nCOMMIT\n# end\n' > /tmp/r3
{ iptables-restore; echo "rc=$?"; cat; } < /tmp/r3
{ iptables-restore -t; echo "rc=$?"; cat; } < /tmp/rules
{ ip6tables-restore; echo "rc=$?"; cat; } < /tmp/r2

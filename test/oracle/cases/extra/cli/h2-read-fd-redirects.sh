# Files opened on fd 3 and up: exec 3< FILE, done 3< FILE, read -u, mapfile -u, <&3, and fds a compound command opens for its body
iptables -A INPUT -s 10.0.0.1 -j DROP; iptables -A INPUT -s 10.0.0.2 -j DROP; iptables -S > /tmp/rules
exec 3< /tmp/rules; read -r -u 3 l1; read -r -u 3 l2; echo "$l1 / $l2"; cat <&3
exec 3< <(iptables -S INPUT); read -r -u 3 l1; read -r -u 3 l2; echo "$l1 / $l2"
while read -r -u 3 line; do echo "rule: $line"; done 3< /tmp/rules
printf 'y\nn\n' | while read -r -u 3 line; do read -r ans; echo "$line -> $ans"; done 3< /tmp/rules
while read -r line <&3; do echo "[$line]"; done 3< /tmp/rules
{ read -r a <&3; read -r b <&3; echo "$a|$b"; } 3< /tmp/rules
{ head -1 <&3; cat <&3; } 3< /tmp/rules
{ mapfile -t -u 3 arr; echo "${#arr[@]} ${arr[0]}"; } 3< /tmp/rules
exec 4< /tmp/rules; mapfile -n 1 -u 4 first; read -u 4 second; echo "$first|$second"
read -u 5 x; echo rc=$?
read -u x x; echo rc=$?
mapfile -u 7 arr; echo rc=$?
cat <&5; echo rc=$?
exec 3< /tmp/rules; exec 3<&-; read -u 3 x; echo rc=$?
f() { while read -r -u 9 l; do echo "f: $l"; done; }; f 9< /tmp/rules
{ echo hi >&3; } 3>/tmp/x; cat /tmp/x
for i in 1 2; do echo "$i" >&3; done 3>/tmp/y; cat /tmp/y
exec 3</tmp/rules 4>/tmp/out; while read -r -u 3 l; do echo "${l%% *}" >&4; done; exec 4>&-; sort /tmp/out | uniq -c

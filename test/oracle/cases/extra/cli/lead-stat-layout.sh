# stat's full layout, ls -l's date column and diff -u's headers (times and inode numbers masked)
mkdir /tmp/st; printf 'hello\n' > /tmp/st/f; ln -s /tmp/st/f /tmp/st/l; touch '/tmp/st/a b'; iptables-save > /tmp/st/rules.v4
stat /tmp/st /tmp/st/f /tmp/st/l '/tmp/st/a b' /tmp/st/rules.v4 | sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:.]+ \+0000/TIME/; s/Inode: [0-9]+ +/Inode: N /; s/Device: [0-9]+,[0-9]+/Device: D/'
stat -L /tmp/st/l | sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:.]+ \+0000/TIME/; s/Inode: [0-9]+ +/Inode: N /; s/Device: [0-9]+,[0-9]+/Device: D/'
stat -c '%n|%N|%s|%b|%B|%o|%t|%T|%a|%04a|%A|%F|%u|%U|%g|%G|%h|%f|%-8s|%8s|' /tmp/st/f /tmp/st/l /tmp/st
stat -c '%y' /tmp/st/f | grep -cE '^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{9} \+0000$'
stat -t /tmp/st/f | awk '{print $1, $2, $3, $4, $5, $6, $9, $10, $11, $16}'
stat --printf '%n %s\n' /tmp/st/f /tmp/st/l
stat /tmp/st/missing; echo rc=$?
ls -l /tmp/st | awk '{print $1, $2, $3, $4, $5, NF}'
ls -l /tmp/st/f | grep -cE ' [A-Z][a-z]{2} [ 1-3][0-9] [0-9]{2}:[0-9]{2} /tmp/st/f$'
ls -lt /tmp/st | tail -n +2 | wc -l
diff -u /tmp/st/f /tmp/st/rules.v4 | head -2 | sed -E 's/\t[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:.]+ \+0000$/\tTIME/'
date | grep -cE '^[A-Z][a-z]{2} [A-Z][a-z]{2} [ 1-3][0-9] [0-9]{2}:[0-9]{2}:[0-9]{2} UTC [0-9]{4}$'
date +%s | grep -cE '^[0-9]{10}$'
rm -r /tmp/st

# sort -g/-M/-R, tr -t and its operand counts, and other sort/uniq/cut/tr/head/tail/wc options over iptables output
iptables -A INPUT -i lo -j ACCEPT; iptables -A INPUT -p tcp --dport 22 -j ACCEPT; iptables -A INPUT -p udp --dport 53 -j ACCEPT; iptables -A INPUT -s 10.0.0.0/8 -j DROP; iptables -N LOGDROP; iptables -A LOGDROP -j DROP
iptables -S > /tmp/r; iptables -L -n -v > /tmp/l; iptables-save | grep -v '^#' > /tmp/s; echo ok
sort -k2,2 -k4 /tmp/r
sort -t' ' -k3 -s /tmp/r
sort -b -k2 /tmp/r | head -3
sort -f /tmp/r | head -3
sort -V <<< $'v1.10\nv1.9\nv1.2'
sort -h <<< $'1K\n2M\n512'
sort -c /tmp/r; echo rc=$?
sort -C /tmp/r; echo rc=$?
sort -o /tmp/sorted /tmp/r; cat /tmp/sorted | head -2
sort -z < /tmp/r | tr '\0' '|' | head -c 60; echo
sort -R /tmp/r | wc -l
sort -n -k2 -t: <<< $'b:10\na:9\nc:100'
sort -g <<< $'1e3\n2\n-1.5'
sort -M <<< $'Mar\nJan\nFeb'
sort -u -k1,1 /tmp/r
uniq -c -f1 /tmp/r
uniq -s3 -c /tmp/r
uniq -w2 -c /tmp/r
uniq -D -w2 /tmp/r
uniq --group -w2 /tmp/r
uniq -z /tmp/r | wc -c
cut -d' ' -f2 --complement /tmp/r
cut -d' ' -f2- --output-delimiter=, /tmp/r
cut -s -d: -f1 /tmp/r; echo rc=$?
cut -b1-3,5 /tmp/r
cut -c-4 /tmp/r | sort | uniq -c
cut -d' ' -f 1,3 -z /tmp/r | tr '\0' '\n' | head -2
cut -f2 /tmp/l | head -3
tr -c 'A-Z\n' '.' < /tmp/r | head -3
tr -s '[:space:]' < /tmp/l | head -3
tr '[:lower:]' '[:upper:]' < /tmp/r | head -2
tr -d '[:digit:]' < /tmp/r | tail -2
tr -cd '0-9\n' < /tmp/r | grep .
tr 'a-c' 'x' <<< abcdef
tr -t 'abc' 'xy' <<< abcabc
tr '\n' ' ' < /tmp/r; echo
tr -s '\n' < /tmp/l | wc -l
tr '[=a=]' 'A' <<< banana
tr 'a-z' 'A-Z' -- <<< x; echo rc=$?
tr -d 'a' 'b' <<< abc; echo rc=$?
head -c 20 /tmp/r; echo
head -n -2 /tmp/r
head -v -n1 /tmp/r
head -q -n1 /tmp/r /tmp/s
tail -c 30 /tmp/r
tail -n +2 -q /tmp/r /tmp/s | wc -l
tail -v -n1 /tmp/r /tmp/s
tail -n 0 /tmp/r; echo rc=$?
wc -L /tmp/r
wc -m /tmp/r /tmp/l
wc --total=never -l /tmp/r /tmp/l
wc --total=only -l /tmp/r /tmp/l
wc -lwc < /tmp/r
cat /tmp/r | wc

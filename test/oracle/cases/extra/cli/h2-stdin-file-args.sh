# Commands given files (or nothing to read) leave a loop's stdin alone
printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 10.9.9.9 -j DROP\nCOMMIT\n' > /tmp/rules.v4
printf 'one\ntwo\nthree\n' > /tmp/list
while read l; do echo "got $l"; iptables-restore /tmp/rules.v4; done < /tmp/list
while read l; do echo "got $l"; iptables-restore-translate -f /tmp/rules.v4 | grep -c add; done < /tmp/list
while read l; do echo "got $l"; awk 'BEGIN{print "begin"}'; done < /tmp/list
while read l; do echo "got $l"; xargs -a /tmp/rules.v4 echo | wc -w; done < /tmp/list
while read l; do echo "got $l"; grep -c . /tmp/rules.v4; done < /tmp/list
while read l; do echo "got $l"; sed -n 1p /tmp/rules.v4; done < /tmp/list
while read l; do echo "got $l"; wc -l < /tmp/rules.v4; done < /tmp/list
while read l; do echo "got $l"; iptables-save | grep -c DROP; done < /tmp/list
while read l; do echo "got $l"; iptables -L INPUT -n --line-numbers | tail -n +3; done < /tmp/list
while read l; do echo "got $l"; cut -d' ' -f1 <<< "$l x"; done < /tmp/list
while read l; do echo "got $l"; column -t /tmp/rules.v4 | head -1; done < /tmp/list
while read l; do echo "got $l"; nl /tmp/list | tail -1; done < /tmp/list
while read l; do echo "got $l"; fmt /tmp/list; done < /tmp/list
while read l; do echo "got $l"; split -l 1 /tmp/list /tmp/part.; ls /tmp/part.*; done < /tmp/list
while read l; do echo "got $l"; iptables-xml /tmp/rules.v4 | grep -c '<rule'; done < /tmp/list
while read l; do echo "got $l"; column -t; done < /tmp/list
while read l; do echo "got $l"; paste -sd,; done < /tmp/list
while read l; do echo "got $l"; uniq -c; done < /tmp/list
while read l; do echo "got $l"; iptables-restore --noflush; done < /tmp/rules.v4; iptables -S INPUT

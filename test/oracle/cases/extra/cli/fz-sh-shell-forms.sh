# bash forms around iptables: script and source arguments, x+=v, ${x^^}/${x,}, tee /dev/stderr, running a directory or a plain file, wc < FILE, sed's \t in a replacement
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p udp --dport 53 -j ACCEPT
iptables-save > /tmp/saved
printf 'echo "args: $# [$1] [$2]"\niptables -S INPUT | wc -l\n' > /tmp/count.sh
bash /tmp/count.sh INPUT extra; sh /tmp/count.sh
source /tmp/count.sh one; . /tmp/count.sh
s=INPUT; s+=_CHAIN; echo $s; n=1; n+=1; echo $n
c=input; echo ${c^^} ${c^} ${c,,} ${c^^[np]}; C=DROP; echo ${C,} ${C,,}
iptables -S | head -1 | tee /dev/stderr | wc -l
iptables -S INPUT | tee /dev/stdout | sort | uniq -c
/tmp; echo rc=$?
/tmp/count.sh; echo rc=$?
./count.sh; echo rc=$?
wc < /tmp/saved; wc -c < /tmp/saved
wc -l < /tmp/saved
iptables -S INPUT | sed 's/ /\t/2' | cut -f2
iptables -S INPUT | sed -E 's/-A (\w+)/\L\1/'
iptables -S | sed 's/.*/\U&/' | head -2

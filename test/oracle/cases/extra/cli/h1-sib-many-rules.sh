(echo '*filter'; for i in $(seq 1 1005); do echo "-A INPUT -s 10.0.$((i/256)).$((i%256)) -j ACCEPT"; done; echo COMMIT) | iptables-restore; echo rc=$?
iptables -L INPUT -n --line-numbers | sed -n '1,3p;11,13p;101,103p;1001,1008p'
iptables -L INPUT -n -v --line-numbers | tail -n 3
iptables -S INPUT 1005
iptables -S INPUT 1006
iptables -D INPUT 1000
iptables -I INPUT 1004 -j DROP
iptables -L INPUT --line-numbers -n | tail -n 4
iptables -L INPUT 1004 --line-numbers -n
iptables -R INPUT 1005 -j REJECT
iptables -S INPUT | tail -n 2
iptables-save | wc -l
iptables -L | wc -l
ip6tables-restore <<'XEOF2'
*filter
:INPUT DROP [0:0]
-A INPUT -s 2001:db8::1 -j ACCEPT
-A INPUT -s 2001:db8::2 -j ACCEPT
-A INPUT -s 2001:db8::3 -j ACCEPT
-A INPUT -s 2001:db8::4 -j ACCEPT
-A INPUT -s 2001:db8::5 -j ACCEPT
-A INPUT -s 2001:db8::6 -j ACCEPT
-A INPUT -s 2001:db8::7 -j ACCEPT
-A INPUT -s 2001:db8::8 -j ACCEPT
-A INPUT -s 2001:db8::9 -j ACCEPT
-A INPUT -s 2001:db8::a -j ACCEPT
-A INPUT -s 2001:db8::b -j ACCEPT
COMMIT
XEOF2
ip6tables -L INPUT -n --line-numbers
ip6tables -L INPUT -v --line-numbers

# column -t with util-linux 2.38's table options: -N names, -R right, -H hide, -O order, -d, -l, -L, -J JSON, their errors
iptables -A INPUT -s 10.0.0.1 -p tcp --dport 22 -j ACCEPT; iptables -A INPUT -s 192.168.100.200 -j DROP; iptables -A INPUT -p udp -j LOG
iptables -L INPUT -n --line-numbers | tail -n +3 > /tmp/t; cat /tmp/t
column -t -N NUM,TARGET,PROT,OPT,SRC,DST /tmp/t | cat -A
column -t -N NUM,TARGET,PROT,OPT,SRC,DST -R NUM -H OPT /tmp/t | cat -A
column -t -N NUM,TARGET,PROT,OPT,SRC,DST -O SRC,TARGET -H 4,6 /tmp/t | cat -A
column -t -N NUM,TARGET -R TARGET /tmp/t | cat -A
column -t -N NUM,TARGET,PROT,OPT,SRC,DST -R 7 /tmp/t | cat -A
column -t -R 0 /tmp/t | cat -A
column -t -R 1,5 -o ' | ' /tmp/t | cat -A
column -t -d -N A,B,C,D,E,F /tmp/t | cat -A
printf 'a:b:c:d\n' | column -t -l 3 -s: | cat -A
printf 'a  b   c    d\n' | column -t -l 2 | cat -A
printf 'a b\n\nc d\n' | column -t -L | cat -A
printf 'a:b:c\nd::f\n' | column -t -s: -n x | cat -A
column -t -J -N num,target,prot,opt,source,destination /tmp/t
column -t -J -n rules -N Num,Target /tmp/t; echo rc=$?
printf 'a b\nc\n' | column -J -N X,Y
printf 'a "q" \\ b\n' | column -t -J -N x,y,z,w
column -t -J /tmp/t; echo rc=$?
column -t -R SRC /tmp/t; echo rc=$?
column -t -N A,B -H X /tmp/t; echo rc=$?
column -N A,B /tmp/t; echo rc=$?
column -t -l 0 /tmp/t; echo rc=$?
column -t -l x /tmp/t; echo rc=$?
column -t -e -E 1 -W 2 -N A,B,C,D,E,F /tmp/t | cat -A
column -V; column --version

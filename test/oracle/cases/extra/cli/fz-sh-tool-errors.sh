# coreutils 9.1 errors and corners: cut lists, sort keys and checks, wc with missing files and directories, head -n -0, ls -Q, PIPESTATUS, printf/echo \c
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p udp --dport 53 -j ACCEPT
iptables-save > /tmp/r
iptables -S | cut -d' ' -f 0
iptables -S | cut -c 0
iptables -S | cut -f a
iptables -S | cut -c x-3
iptables -S | cut -d' ' -f ,1
iptables -S | cut -d' ' -f 1--2
iptables -S | cut -d' ' -f -
iptables -S | cut -f 1 -c 1
iptables -S | cut -s -c1
iptables -S | cut -c1 -d:
iptables -S | cut -f 99999999999999999999
iptables -S | cut -d' ' -f2 --complement
iptables -S | cut -d' ' -f1,3 --output-delimiter=,
iptables -S | sort -k 0
iptables -S | sort -k 1,0
iptables -S | sort -k 1.0
iptables -S | sort -k 2x
iptables -S | sort -k a
iptables -S | sort -k 1,a
iptables -S | sort -t ''
iptables -S | sort -k2,2 -k4r
iptables -S | sort -k3.2,3.3
iptables -S | sort -c; echo rc=$?
iptables -S | sort | sort -C; echo rc=$?
sort -Q; echo rc=$?
wc -l /nonexist /tmp/r; echo rc=$?
wc /tmp; echo rc=$?
wc -l /tmp/r /tmp/r
iptables -S | head -n -0
iptables -S | head -n -2
ls -Q /tmp
ls -z; echo rc=$?
foo bar 2>&1 | cat; echo ${PIPESTATUS[@]}
true | false | true; echo ${PIPESTATUS[1]} $?
! false; echo ${PIPESTATUS[@]} $?
printf 'a\\c\n'; printf 'x\cy\n'; echo
echo -e 'a\\c'; echo -e 'b\cz'; echo
printf '%b|%s\n' 'a\cb' x; printf '%s-%b\n' 1 '2\n' 3 4; echo

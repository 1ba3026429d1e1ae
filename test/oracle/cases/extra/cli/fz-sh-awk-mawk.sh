# mawk 1.3.4 as Debian 12 has it: number output (int range, OFMT/CONVFMT, inf/nan), substr corners, getline forms, pipes, system/close, printf %c and missing arguments, compile errors and their lines, -f/-v/-W
printf "one two\nthree four\n" > /tmp/f
printf '%g %g %g %g %g %g %G %.3g %#g %g\n' 2147483648 0.0001 0.00001 123456 1234567 100 1e-10 3.14159 1.5 0
awk 'BEGIN{print 2^31, 2^31-1, -2^31, 2^53, 1e15, 0.5e1, 3.0, 1e300*1e300, -1e300*1e300, log(-1), 1/3, 100/3, 1e6, 1e-5, 123456.7}'
awk 'BEGIN { OFMT="%.2f"; print 3.14159; x = 3.14159 ""; print x; CONVFMT="%.3f"; y = 3.14159 ""; print y; a[0.1] = 1; for (k in a) print k }'
awk 'BEGIN{print substr("hello",0), substr("hello",-1,3), substr("hello",2), substr("hello",1.5,2), substr("hello",0,2), substr("hello", 5, 10), substr("hello", 6), "|" substr("hello",2,-1) "|"}'
awk 'BEGIN { getline line < "/tmp/f"; print line; print "x" > "/tmp/awkout"; close("/tmp/awkout"); while ((getline l < "/tmp/awkout") > 0) print "got " l; print (getline z < "/nonexist") }'
printf 'a b\nc d\ne f\n' | awk 'NR==1 { getline; print "after getline:", $0, NR } { print NR": "$0 }'
printf 'a b\nc d\ne f\n' | awk '{ getline nxt; print $0 " + " nxt, NR }'
awk '{ print $1 | "sort -r" } END { print "end" }' /tmp/f
awk 'BEGIN { "echo hi; echo there" | getline x; print x; "echo hi; echo there" | getline x; print x; print system("exit 2"); system("echo from-system") }'
awk 'BEGIN { cmd = "ls /tmp"; while ((cmd | getline f) > 0) n++; close(cmd); print n > "/dev/stderr" }'
awk 'BEGIN { printf "%c%c%c\n", 65, "hello", 256+66; printf "%5s|%-5d|%x\n", "ab", 42, 255 }'
awk 'BEGIN { printf "%s %s\n", "only" }'
awk 'BEGIN { x = sprintf("%d-%d", 1); print x }'
echo 'a b' | awk '{ print $(-1) }'
awk '{print $1' /tmp/f
awk 'BEGIN {print 1' /tmp/f
awk '{print $1}}' /tmp/f
awk '}'
awk '{print 1)) }'
awk '{print (1}'
awk 'x('
awk 'BEGIN { print 1 } END'
awk '{ x = }'
awk $'BEGIN { x = 1\n y = \n}'
awk '/abc'
awk '"abc'
awk; echo rc=$?
awk -W version | head -1
awk -v; echo rc=$?
awk -f /nonexist; echo rc=$?
printf '{ print "from file:", $2 }\n' > /tmp/prog.awk; awk -f /tmp/prog.awk /tmp/f
iptables -L INPUT -n --line-numbers | awk 'NR>2 {print $1}'
iptables -S | awk '{c[$1]++} END {for (k in c) printf "%s=%d\n", k, c[k]}' | sort

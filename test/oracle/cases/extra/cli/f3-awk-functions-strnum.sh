# mawk: user functions, strnum comparisons (input text vs string constants), RS modes, VAR=VALUE operands, getline in BEGIN, ENVIRON/ARGV, byte lengths
iptables -A INPUT -i lo -j ACCEPT; iptables -A INPUT -p tcp --dport 22 -j ACCEPT; iptables -A INPUT -p udp --dport 53 -j ACCEPT; iptables -A INPUT -s 10.0.0.0/8 -j DROP; iptables -N LOGDROP; iptables -A LOGDROP -j DROP
iptables -S > /tmp/r; iptables -L -n -v -x > /tmp/l; echo ok
awk 'BEGIN { x = "10"; y = 9; print (x < y), ("10" < "9"), (x+0 < y) }'
awk 'BEGIN { getline; print "first:", $0 }' < /tmp/r
awk 'BEGIN { x["a"]; if ("a" in x) print "yes"; if (!("b" in x)) print "no" }'
awk 'function f(x) { return x * 2 } { print f(NR) }' /tmp/r | tail -1
awk 'BEGIN { RS = "" } { print NR": "$1 }' /tmp/l
awk 'BEGIN{RS=";"} {print}' <<< 'a;b;c'
awk '{ print $1, $2 }' OFS='-' /tmp/r | head -2
awk 'length > 30 { print substr($0, 1, 30) "..." }' /tmp/l
awk 'BEGIN{a[10];a[9]; for(k in a) if (k < 9.5) print "lt", k}'
awk 'BEGIN{ n = split("10 9", a); if (a[1] < a[2]) print "str"; else print "num" }'
awk -v x=10 'BEGIN{ if (x < 9) print "str"; else print "num" }'
echo 10 | awk '{ x = $1; if (x < 9) print "str"; else print "num" }'
echo 10 | awk '{ x = $1 ""; if (x < 9) print "str"; else print "num" }'
awk 'BEGIN{ x = substr("10", 1); if (x < 9) print "str"; else print "num" }'
awk 'BEGIN{ "echo 10" | getline x; if (x < 9) print "str"; else print "num" }'
awk 'BEGIN{ x = "10"; y = x; if (y < 9) print "str"; else print "num" }'
awk 'BEGIN{ a["k"] = "10"; if (a["k"] < 9) print "str"; else print "num" }'
awk 'BEGIN{ x = "abc"; if (x > 5) print "gt" }'
awk '{print}' /etc/hostname /tmp/nofile /etc/hostname; echo rc=$?
awk 'function fact(n) { return n <= 1 ? 1 : n * fact(n - 1) } BEGIN { print fact(10) }'
awk 'function fill(arr, n,   i) { for (i = 1; i <= n; i++) arr[i] = i * i } BEGIN { fill(sq, 4); print sq[3], length(sq), i "." }'
awk 'function noret() { x = 1 } BEGIN { v = noret(); print "[" v "]", x }'
awk 'function f(a) { a = 5 } BEGIN { b = 1; f(b); print b }'
awk 'function g() { return } BEGIN { print "[" g() "]" }'
awk 'BEGIN { print ENVIRON["HOME"], ARGC, ARGV[0] }' a b
awk '{ print FILENAME, FNR }' /etc/hostname - < /etc/hostname
awk 'BEGIN { getline line < "/etc/hostname"; print "got", line; print NR }'
awk 'BEGIN { while ((getline l) > 0) n++; print n, NR }' < /etc/protocols
awk 'END { print $0 }' /etc/hostname
awk -f /tmp/nofile; echo rc=$?
awk 'BEGIN { printf "%s %s\n", "a" }'; echo rc=$?
awk 'BEGIN { x = 1; x++; print x++ + ++x }'
awk 'BEGIN { print 10 % 3, -10 % 3, 2^0.5 }'
awk 'BEGIN { print substr("iptables", 2, 3) }'
awk 'BEGIN { printf "%.3s|%5.2s|\n", "abcdef", "xyz" }'
awk 'BEGIN { print length("héllo") }'
awk 'BEGIN { print toupper("ab1c") tolower("XY") }'
awk -F, 'BEGIN { OFS = ";" } { $2 = "X"; print; print NF }' <<< 'a,b,c'
awk 'BEGIN { FS = ":" } { print $2 }' <<< 'x:y'
awk '{ print NR ": " $0 }' RS=';' <<< 'a;b'
awk 'BEGIN { print 1 == 1.0, "1" == 1, "a" < "b", 2 < 10, "2" < "10" }'

# awk's print/printf with a parenthesised argument list, as many one-liners write them
iptables -A INPUT -s 10.0.0.1 -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -s 10.0.0.2 -p tcp --dport 80 -j ACCEPT
iptables -A INPUT -s 10.0.0.3 -j DROP
iptables -S INPUT | awk '/^-A/{ printf("%s%s", sep, $4); sep="," } END { print "" }'
iptables -S INPUT | awk '{ printf("%-3d %s\n", NR, $0) }'
iptables -L INPUT -n --line-numbers | awk 'NR>2{ print($1, $2, $5) }'
iptables -L INPUT -n -v -x | awk 'NR>2{ print($3, $9) > "/tmp/out" } END { close("/tmp/out"); while ((getline l < "/tmp/out") > 0) print "got " l }'
iptables -S INPUT | awk '{ printf ("%d|%s\n", NR, $2) | "sort -r" }'
iptables -S INPUT | awk '{ print ($2, $NF) }' OFS=:
iptables -S INPUT | awk '{ print ("x") ("y") }' | head -1
iptables -S INPUT | awk '{ a[$2,$NF]++ } END { if (("INPUT","DROP") in a) print "has drop" }'
iptables -S INPUT | awk '{ print ("a","b")("c") }'
iptables -S INPUT | awk '{ print ("a","b") "c" }'

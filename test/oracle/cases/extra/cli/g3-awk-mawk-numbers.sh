# Debian's mawk: division by zero gives inf/-inf/-nan (no error), printf %d clamps to a C int and %x %o %u to an unsigned int, %s shows numbers through CONVFMT
iptables -A INPUT -p tcp --dport 22 -j ACCEPT; iptables -A INPUT -p udp --dport 53 -j ACCEPT
awk 'BEGIN { print 1/0, -1/0, 0/0, 5%0, -5%0; x = 1/0; printf "%d %f %s %.2e\n", x, x, x, x; print int(1/0), log(0), log(-1), sqrt(-1), exp(1000) }'
echo 5 0 | awk '{ print $1/$2 }'; echo rc=$?
iptables -S INPUT | awk '/-A/ { n++ } END { printf "%.1f%% of %d\n", 100*n/NR, NR; print n/(NR-NR) }'
awk 'BEGIN { printf "%d %d %d %d %d %i\n", 2^31, 2^40, 2^63, -1/0, 0/0, -2^63-5000 }'
awk 'BEGIN { printf "%x %u %o %X|%x %u|%x\n", 2^32, -1, 2^40, 255, 2^31, 2^31, -2^31-1 }'
awk 'BEGIN { printf "%s %s %s|%d %i\n", 0.1+0.2, 1e20, 2^31, -2147483648, 2147483647.9; CONVFMT="%.2f"; printf "%s %s\n", 3.14159, 2 }'
echo "4294967296 3000000000 12abc" | awk '{ printf "%d %d %d %s\n", $1, $2, $3, $1/2 }'

# sorting and cutting source addresses taken from iptables -S: -t. -k n keys, -V, -u, -c/-C, -d, -f, -s; uniq -c/-d/-u; cut corners; head -5c
for ip in 10.0.0.10 10.0.0.9 192.168.1.1 10.0.1.2 172.16.0.1 10.0.0.9; do iptables -A INPUT -s $ip -j DROP 2>/dev/null || true; done; iptables -S INPUT | awk '{print $4}' | cut -d/ -f1 > /tmp/ips; cat /tmp/ips
sort -t. -k1,1n -k2,2n -k3,3n -k4,4n /tmp/ips; sort -V /tmp/ips | uniq; sort -u -t. -k4,4n /tmp/ips
sort -t. -k4 -n -r /tmp/ips | head -3; sort -k1.4,1.6 /tmp/ips; sort -c /tmp/ips; echo rc=$?; sort -C -u /tmp/ips; echo rc=$?
sort -n -k 1.8 /tmp/ips | head -2; sort -t. -k3,3nr -k4n /tmp/ips | tr '\n' ' '; echo
uniq -c /tmp/ips | sort -k1,1nr -k2; sort /tmp/ips | uniq -d; sort /tmp/ips | uniq -u | wc -l; uniq --skip-fields=0 -c /tmp/ips | head -2
cut -d. -f1-2 /tmp/ips | sort | uniq -c; cut -c-3 --complement /tmp/ips | head -2; cut -d. -f5 /tmp/ips | head -2 | od -c | head -1; cut -d. -s -f2 <<< 'nodots'; echo rc=$?
cut -f1 -d: <<< 'a:b'; cut -d '' -f1 <<< 'a'; echo rc=$?; cut -f 2-1 <<< x; echo rc=$?; cut -c 0 <<< x; echo rc=$?
head -n -1 /tmp/ips | tail -n +2; tail -n 2 /tmp/ips /tmp/ips | head -3; head -5c /tmp/ips; echo; tail -c 5 /tmp/ips | od -c | head -1
sort -k 2 <<< $'b 2\na 10\nc 1'; sort -k2n <<< $'b 2\na 10\nc 1'; sort -k2,2 -n -r <<< $'b 2\na 10\nc 1'; sort -b -k2 <<< $'x  b\ny a'
sort -s -k1,1 <<< $'b 2\na 3\nb 1\na 1'; sort -f <<< $'B\na\nA\nb'; sort -r -f <<< $'B\na\nA\nb'; sort -d <<< $'a-c\nab\na.b'

# C number corners: time's weekday numbers are signed strtoul into an unsigned int (shift kept to
# 5 bits), monthday '-0' is 0; policy reads an element's value before its double-use check;
# XTTYPE_PORT numbers past 2^31 are no port (glibc keeps them in an int).
iptables -A INPUT -m time --weekdays -1 --monthdays 010
iptables -A INPUT -m time --weekdays -0
iptables -A INPUT -m time --weekdays +3
iptables -A INPUT -m time --weekdays 0x3
iptables -A INPUT -m time --weekdays 010
iptables -A INPUT -m time --weekdays " 2"
iptables -A INPUT -m time --weekdays 32,33
iptables -A INPUT -m time --monthdays -0 --contiguous
iptables -A INPUT -m time --monthdays -1
iptables -A INPUT -m time --monthdays +5
iptables -A INPUT -m time --monthdays -0
iptables -S INPUT
iptables -A INPUT -m policy --dir in --reqid 65536 --strict --reqid 3:
iptables -A INPUT -m policy --dir in --proto tcp --proto esp
iptables -A INPUT -m policy --dir in --proto esp --proto nosuch
iptables -A INPUT -m policy --dir in --mode foo --mode bar
iptables -A INPUT -m policy --dir in --tunnel-src 1.2.3.4 --tunnel-src nohost
iptables -A INPUT -m policy --dir in --spi 1 --spi -1
iptables -t mangle -A PREROUTING -p udp -j TPROXY --on-port 999999999999
iptables -t mangle -A PREROUTING -p udp -j TPROXY --on-port 2147483648
iptables -t mangle -A PREROUTING -p udp -j TPROXY --on-port 2147483647
iptables -t mangle -A PREROUTING -p udp -j TPROXY --on-port 4294967296
iptables -t mangle -A PREROUTING -p icmp -j TPROXY --tproxy-mark 010 --on-port 18446744073709551616 --on-ip inf
iptables -t mangle -S PREROUTING

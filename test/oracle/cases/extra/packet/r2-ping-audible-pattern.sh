# ping -a rings a bell at the end of each reply line (not under -q, not on errors); -p PATTERN shows 'PATTERN: 0x..' before the header (pairs of hex digits, a lone last digit a byte of its own, at most 16 bytes; not under -q wherever it stands; a non-hex digit is an error); a -c error or a missing target comes first
ip link set lo up
ping -c 1 -a -s 8 127.0.0.1
ping -c 1 -a 127.0.0.1 | sed -E 's/time=[0-9.]+ ms/time=X/; s/= [0-9.\/]+ ms/= X ms/'
ping -c 1 -q -a -s 8 127.0.0.1 | od -c | head -3
ping -c 1 -s 8 -p ff 127.0.0.1
ping -c 1 -s 8 -p abc 127.0.0.1 | head -1
ping -c 1 -s 8 -p 0123456789abcdef0123456789abcdef0123 127.0.0.1 | head -1
ping -c 1 -s 8 -p 12xz 127.0.0.1; echo rc=$?
ping -c 1 -s 8 -q -p ff 127.0.0.1 | head -1
ping -c 1 -s 8 -p ff -q 127.0.0.1 | head -1
ping -c 1 -s 8 -p ff -c 0 127.0.0.1; echo rc=$?
ping -p "" -c 1 -s 8 127.0.0.1 | head -1
ping -p ff; echo rc=$?
iptables -A OUTPUT -p icmp -j REJECT
ping -c 1 -a -s 8 127.0.0.1

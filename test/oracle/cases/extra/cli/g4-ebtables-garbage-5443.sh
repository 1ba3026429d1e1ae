# ebtables-nft word salad (seed 5443, scripts/fuzz/ebtables-g4-garbage.mjs): error texts for random option words; protocol names as typed
ebtables -N U
ebtables -A U -j ACCEPT
ebtables U -vL 1 CONTINUE -o dnat; echo rc=$?
ebtables --mark-set; echo rc=$?
ebtables --arp-op --limit 1; echo rc=$?
ebtables 0:1:2:3:4:5; echo rc=$?
ebtables 2 --ip; echo rc=$?
ebtables --policy; echo rc=$?
ebtables 0:1:2:3:4:5 -vL -N tcp; echo rc=$?
ebtables --ip-src --policy; echo rc=$?
ebtables 00:11:22:33:44:55 -Z mark ARP; echo rc=$?
ebtables FORWARD -A; echo rc=$?
ebtables --ip-proto OUTPUT --zero -v mark; echo rc=$?
ebtables -vL 3:5 --Ln --list -I tcp; echo rc=$?
ebtables --log- nat --delete-chain tcp; echo rc=$?
ebtables 00:11:22:33:44:55 --list; echo rc=$?
ebtables -j -t; echo rc=$?
ebtables --log- -vL; echo rc=$?
ebtables -X; echo rc=$?
ebtables -v --ip PREROUTING -h --mark-set -j; echo rc=$?
ebtables -N; echo rc=$?
ebtables --ip-src ARP --list; echo rc=$?
ebtables -N ARP; echo rc=$?
ebtables -x --log --Lx; echo rc=$?
ebtables U --policy --delete-chain; echo rc=$?
ebtables DROP -h eth0; echo rc=$?
ebtables --zero; echo rc=$?
ebtables --log- --log- -A -p -v --list; echo rc=$?
ebtables eth0 info; echo rc=$?
ebtables --new-chain --ip-src OUTPUT -E --flush -i; echo rc=$?
ebtables --log- FORWARD -X -I 1.2.3.4 --Lc; echo rc=$?
ebtables --ip -N eth0 Request --foo CONTINUE; echo rc=$?
ebtables mark ARP --concurrent dnat --log 5; echo rc=$?
ebtables -o -x; echo rc=$?
ebtables --foo -t --log- --foo --mark -v; echo rc=$?
ebtables --mark-set; echo rc=$?
ebtables U ARP RETURN -I U; echo rc=$?
ebtables INPUT --ip-dport --foo; echo rc=$?
ebtables 3/s 1.2.3.4 3:5; echo rc=$?
ebtables --flush 1.2.3.4 dnat eth0; echo rc=$?
ebtables -o -d ARP -j 3:5 5; echo rc=$?
ebtables FORWARD -j DROP -h -V -j; echo rc=$?
ebtables-save | grep -v '^#'
ebtables -t nat -L
ebtables -A INPUT -p IPv4 --ip-proto TCP -j ACCEPT; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto Tcp -j ACCEPT; echo rc=$?
ebtables -A INPUT -p IPv6 --ip6-proto UDP -j ACCEPT; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto all -j ACCEPT; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto icmpv6 -j ACCEPT; echo rc=$?
ebtables -L INPUT

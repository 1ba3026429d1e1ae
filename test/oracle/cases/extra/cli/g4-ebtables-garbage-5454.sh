# ebtables-nft word salad (seed 5454): -h with two target names, option clashes
ebtables -N U
ebtables -A U -j ACCEPT
ebtables --to-dst info 0:1:2:3:4:5 --foo; echo rc=$?
ebtables DROP Request 2 --policy -h -V; echo rc=$?
ebtables -vL; echo rc=$?
ebtables tcp PREROUTING --policy --limit nat; echo rc=$?
ebtables --Ln -I 00:11:22:33:44:55 --concurrent OUTPUT --concurrent; echo rc=$?
ebtables -t --new-chain -i -d 0:1:2:3:4:5; echo rc=$?
ebtables --ip-proto; echo rc=$?
ebtables -X -j DROP --new-chain; echo rc=$?
ebtables --policy 3:5 ARP U CONTINUE; echo rc=$?
ebtables DROP tcp --delete-chain; echo rc=$?
ebtables -I --policy; echo rc=$?
ebtables -LZ -vL -o FORWARD; echo rc=$?
ebtables --arp-op --new-chain 7 -p; echo rc=$?
ebtables -s U -P dnat -Z; echo rc=$?
ebtables --mark -F --limit eth0; echo rc=$?
ebtables filter 3:5 --foo -c 3:5 tcp; echo rc=$?
ebtables filter; echo rc=$?
ebtables Request 3:5; echo rc=$?
ebtables -Lz --ip-dport -o --delete-chain; echo rc=$?
ebtables IPv4 FORWARD --list; echo rc=$?
ebtables --ip --ip-src OUTPUT filter FORWARD --flush; echo rc=$?
ebtables 5; echo rc=$?
ebtables -p -j --Ln -h; echo rc=$?
ebtables Request -N DROP ARP --delete-chain DROP; echo rc=$?
ebtables -t -E -LZ OUTPUT -I -A; echo rc=$?
ebtables FORWARD -V --Lx; echo rc=$?
ebtables -V --policy DROP; echo rc=$?
ebtables -x -A; echo rc=$?
ebtables FORWARD; echo rc=$?
ebtables U; echo rc=$?
ebtables -h mark DROP; echo rc=$?
ebtables --log --Ln -L 80; echo rc=$?
ebtables -p; echo rc=$?
ebtables 2 -X 00:11:22:33:44:55 -p; echo rc=$?
ebtables 00:11:22:33:44:55 INPUT; echo rc=$?
ebtables PREROUTING eth0 --Ln nat; echo rc=$?
ebtables dnat -L -D --delete-chain PREROUTING; echo rc=$?
ebtables eth0 -P -Lz --new-chain eth0 --concurrent; echo rc=$?
ebtables info info; echo rc=$?
ebtables -s --log; echo rc=$?
ebtables-save | grep -v '^#'
ebtables -t nat -L

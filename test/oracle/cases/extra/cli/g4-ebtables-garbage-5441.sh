# ebtables-nft word salad (seed 5441): getopt leftovers, command clashes, table errors
ebtables -N U
ebtables -A U -j ACCEPT
ebtables INPUT nat --mark-set -i -j 7; echo rc=$?
ebtables --Lc --log; echo rc=$?
ebtables 3/s -c filter --ip-src --Lc; echo rc=$?
ebtables U --log- OUTPUT -F 80 --limit; echo rc=$?
ebtables 0:1:2:3:4:5 -P -Lz -E tcp -i; echo rc=$?
ebtables --Lx 1 --log-level --log; echo rc=$?
ebtables -j 0:1:2:3:4:5 nat -vL -d -vL; echo rc=$?
ebtables filter 0x1 --log- FORWARD; echo rc=$?
ebtables ARP; echo rc=$?
ebtables PREROUTING -p -X ACCEPT 80 --ip; echo rc=$?
ebtables -i -V --Lx; echo rc=$?
ebtables -h -N -s --ip-proto; echo rc=$?
ebtables -V -I OUTPUT DROP -j; echo rc=$?
ebtables RETURN --concurrent ACCEPT --ip-dport -X; echo rc=$?
ebtables ACCEPT DROP OUTPUT; echo rc=$?
ebtables 80; echo rc=$?
ebtables --vlan-id 0:1:2:3:4:5 -P -Lz -E; echo rc=$?
ebtables -i 2 --Lx; echo rc=$?
ebtables --log-level --log --mark-set -j; echo rc=$?
ebtables nat -vL -d -vL -c filter; echo rc=$?
ebtables --log- FORWARD -F ARP 3:5 PREROUTING; echo rc=$?
ebtables -X ACCEPT; echo rc=$?
ebtables --ip --log-level -i; echo rc=$?
ebtables --Lx 2 -h -N; echo rc=$?
ebtables --ip-proto --zero; echo rc=$?
ebtables -I OUTPUT DROP -j; echo rc=$?
ebtables RETURN --concurrent ACCEPT --ip-dport -X; echo rc=$?
ebtables ACCEPT DROP OUTPUT; echo rc=$?
ebtables 80; echo rc=$?
ebtables --vlan-id 0:1:2:3:4:5 -P -Lz -E; echo rc=$?
ebtables -i 2 --Lx; echo rc=$?
ebtables --log-level --log --mark-set -j; echo rc=$?
ebtables nat -vL -d -vL -c filter; echo rc=$?
ebtables --log- FORWARD -F ARP 3:5 PREROUTING; echo rc=$?
ebtables -X ACCEPT; echo rc=$?
ebtables --ip --log-level -i; echo rc=$?
ebtables --Lx 2 -h -N; echo rc=$?
ebtables --ip-proto --zero; echo rc=$?
ebtables -I OUTPUT DROP -j; echo rc=$?
ebtables RETURN --concurrent ACCEPT --ip-dport -X; echo rc=$?
ebtables-save | grep -v '^#'
ebtables -t nat -L

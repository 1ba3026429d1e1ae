# ebtables via xtables-nft-multi and ebtables-nft; -p number limits, "!" placement, ip match values and errors, getopt leftovers (Unknown argument), restore COMMIT failures
xtables-nft-multi ebtables -A FORWARD -p 0x86dd -j DROP; xtables-nft-multi ebtables-save | grep -v '^#'
xtables-nft-multi ebtables-nft -L FORWARD --Ln
ebtables-nft -A FORWARD ! -s 00:aa:bb:cc:dd:ee ! -i eth0 -j ACCEPT; ebtables -L FORWARD
ebtables -A FORWARD -p 0x10000 -j DROP; echo rc=$?
ebtables -A FORWARD -p -5 -j DROP; echo rc=$?
ebtables -A FORWARD -p 0xffff -j DROP; echo rc=$?
ebtables -A FORWARD -p ! ! IPv4 -j DROP; echo rc=$?
ebtables -A FORWARD ! -p ! IPv4 -j DROP; echo rc=$?
ebtables -A FORWARD -p IPv4 --ip-proto 300 -j DROP; echo rc=$?
ebtables -A FORWARD -p IPv4 --ip-src localhost --ip-tos 0x10 --ip-dst 10.1.2.3/255.0.255.0 -j DROP; echo rc=$?
ebtables -A FORWARD -p IPv4 --ip-src 10.0.0.0/33 -j DROP; echo rc=$?
ebtables -A FORWARD -p IPv4 --ip-proto udp --ip-sport foo -j DROP; echo rc=$?
ebtables -A FORWARD -p IPv4 --ip-proto udp --ip-sport domain: -j DROP; echo rc=$?
ebtables -A FORWARD -i abcdefghijklmnop -j DROP; echo rc=$?
ebtables -A FORWARD -i "" -j DROP; echo rc=$?
ebtables -A FORWARD -j; echo rc=$?
ebtables -A FORWARD -j ""; echo rc=$?
ebtables -A FORWARD --ip-s 1.2.3.4; echo rc=$?
ebtables -A FORWARD -s; echo rc=$?
ebtables -A FORWARD -c 1; echo rc=$?
ebtables -A FORWARD -c x 1 -j DROP; echo rc=$?
ebtables -L FORWARD --Ln
ebtables -L --Lmac2 | head -3; echo rc=$?
ebtables -v -L OUTPUT; echo rc=$?
ebtables -M /sbin/modprobe -L OUTPUT; echo rc=$?
ebtables -h ip | head -3; echo rc=$?
ebtables -L -t nat; echo rc=$?
ebtables --list=INPUT; echo rc=$?
ebtables -LINPUT | head -4
ebtables -F FORWARD; ebtables -Z FORWARD; ebtables -L FORWARD
ebtables --new-chain X --policy DROP; ebtables --delete-chain=X; echo rc=$?
ebtables --rename-chain; echo rc=$?
printf '*nat\n-A NOPE -j ACCEPT\nCOMMIT\n' | ebtables-restore; echo rc=$?
printf '*filter\n[1:2 -A FORWARD -j ACCEPT\n' | ebtables-restore; echo rc=$?
printf '*filter\n:U ACCEPT\n:U DROP\n-A U -j ACCEPT\n-A FORWARD -j U\n' | ebtables-restore; echo rc=$?; ebtables-save | grep -v '^#'
xtables-nft-multi ebtables-restore < /dev/null; echo rc=$?

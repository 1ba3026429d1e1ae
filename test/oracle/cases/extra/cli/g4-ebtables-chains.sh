# ebtables-nft: -X/-E/-P on built-in and user chains, --check, nat chains, ebtables-save options and EBTABLES_SAVE_COUNTER
ebtables -N U; ebtables -X INPUT; echo rc=$?
ebtables -L | head -4; ebtables-save | grep -v '^#'
ebtables -A INPUT -j ACCEPT; ebtables -L INPUT
ebtables -P PREROUTING DROP; echo rc=$?
ebtables -P NOPE DROP; echo rc=$?
ebtables -P U RETURN; ebtables-save | grep U; ebtables -P U ACCEPT; ebtables-save | grep :U
ebtables -A NOPE -j FOO; echo rc=$?
ebtables -A U -j ACCEPT; ebtables -A U -p ARP -j DROP; ebtables -X U; echo rc=$?; ebtables -L
ebtables -N V; ebtables -N W; ebtables -A INPUT -j W; ebtables -X; echo rc=$?; ebtables -L
ebtables -I INPUT 1 -p IPv4 --ip-src 1.1.1.1 -j ACCEPT; echo rc=$?
ebtables -I INPUT 1 --logical-in br0 -j ACCEPT; echo rc=$?
ebtables --check INPUT -j ACCEPT; echo rc=$?
ebtables --check INPUT -j DROP; echo rc=$?
ebtables -t nat -A POSTROUTING -i eth0 -j ACCEPT; echo rc=$?
ebtables -t nat -A PREROUTING -o eth0 -j ACCEPT; echo rc=$?
ebtables -t nat -A PREROUTING -i eth0 -p ARP -j DROP; ebtables-save -t nat; ebtables-save -t broute; echo rc=$?
ebtables-save -t filter | grep -c INPUT
EBTABLES_SAVE_COUNTER=yes ebtables-save | grep -- -A
ebtables-save -V; ebtables-save -x; echo rc=$?; ebtables-save foo; echo rc=$?
ebtables -F; ebtables -Z; ebtables -A INPUT -s 00:00:00:00:00:01 -d ! 01:80:c2:00:00:00 -j DROP; ebtables -D INPUT -s 0:0:0:0:0:1 -d ! BGA -j DROP; echo rc=$?
ebtables -A INPUT -p ipv4 -i ! lo --ip-proto tcp --ip-dport ! 22:23 -j ACCEPT; ebtables -A INPUT -p ARP -d ff:ff:ff:ff:ff:ff/ff:ff:ff:00:00:00 -j ACCEPT
ebtables -L --Ln --Lc
ebtables -D INPUT 1:; ebtables -D INPUT :1; ebtables -L; echo rc=$?
ebtables -D INPUT 2:x; echo rc=$?
ebtables -D INPUT 1 2; echo rc=$?

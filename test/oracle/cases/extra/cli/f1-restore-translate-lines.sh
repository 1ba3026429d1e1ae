printf '*filter\n-Z\n' > /tmp/a; iptables-restore-translate -f /tmp/a > /dev/null; echo rc=$?
printf '*filter\n-P INPUT DROP\n' > /tmp/a; iptables-restore-translate -f /tmp/a > /dev/null; echo rc=$?
printf '*filter\n-E a b\n' > /tmp/a; iptables-restore-translate -f /tmp/a > /dev/null; echo rc=$?
printf '*filter\n-D INPUT 1\n' > /tmp/a; iptables-restore-translate -f /tmp/a > /dev/null; echo rc=$?
printf '*filter\n-S\n' > /tmp/a; iptables-restore-translate -f /tmp/a > /dev/null; echo rc=$?
printf '*filter\n-L\n-L INPUT\n-F INPUT\n-N y\n-X y\n-X\n' > /tmp/a; iptables-restore-translate -f /tmp/a | tail -n +2; echo rc=$?
printf '*filter\n-A INPUT -j ACCEPT\n-I INPUT 2 -j DROP\n-I INPUT 1 -j DROP\n-I INPUT -p tcp -j DROP\n' > /tmp/a; iptables-restore-translate -f /tmp/a | tail -n +2
iptables-translate -I INPUT 2 -j DROP
iptables-translate -I INPUT 1 -j DROP
printf 'COMMIT\n' > /tmp/a; iptables-restore-translate -f /tmp/a > /dev/null; echo rc=$?
printf '*\n' > /tmp/a; iptables-restore-translate -f /tmp/a > /dev/null; echo rc=$?
printf '*filter\n:\n' > /tmp/a; iptables-restore-translate -f /tmp/a > /dev/null; echo rc=$?
printf '*filter\n:INPUT\n' > /tmp/a; iptables-restore-translate -f /tmp/a > /dev/null; echo rc=$?
printf '*filter\n:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA - [0:0]\n' > /tmp/a; iptables-restore-translate -f /tmp/a > /dev/null; echo rc=$?
printf '*filter\n:AAAAAAAAAAAAAAAAAAAAAAAAAAAAA - [0:0]\n:B -\n:C ACCEPT\n' > /tmp/a; iptables-restore-translate -f /tmp/a | tail -n +2
printf '*security\n:INPUT ACCEPT [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n*mangle\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:0]\n*nat\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:0]\n*raw\n:PREROUTING ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n*filter\n:PREROUTING ACCEPT [0:0]\n' > /tmp/a; iptables-restore-translate -f /tmp/a | tail -n +2
printf '*filter\n  \n\t\n-A INPUT -j ACCEPT\n   -A INPUT -j DROP\n\n# c\n  # d\n' > /tmp/a; iptables-restore-translate -f /tmp/a | tail -n +2
printf '*filter\n[1:2] -A INPUT -j ACCEPT\n[1:2 -A INPUT -j DROP\n' > /tmp/a; iptables-restore-translate -f /tmp/a | tail -n +2
printf '*filter\n-A INPUT -p tcp -m tcp --dport 22 -m comment --comment "ssh in" -j ACCEPT\n-A INPUT ! -s 10.0.0.0/8 -j DROP\n-A INPUT -m recent ! --rcheck -j DROP\n-A INPUT -j bogus\n' > /tmp/a; iptables-restore-translate -f /tmp/a | tail -n +2
printf '*filter\n-A INPUT -m set --match-set foo src -j ACCEPT\n' > /tmp/a; iptables-restore-translate -f /tmp/a | tail -n +2
iptables-translate -A INPUT -m set --match-set foo src -j ACCEPT
printf '*filter\n-A INPUT -p tcp --dport 99999 -j ACCEPT\n' > /tmp/a; iptables-restore-translate -f /tmp/a > /dev/null; echo rc=$?
printf '*filter\n-A INPUT -p tcp --dport 99999 -j ACCEPT\n' > /tmp/a; iptables-restore-translate -f /tmp/a 2>&1 >/dev/null
printf '*filter\n-A INPUT -s 1.2.3.4 -d 5.6.7.8,9.9.9.9 -j ACCEPT\n-A INPUT -m multiport --dports 1,2 -p udp -j ACCEPT\n-A INPUT -j LOG\n-A INPUT -j REJECT --reject-with tcp-reset -p tcp\n' > /tmp/a; iptables-restore-translate -f /tmp/a | tail -n +2
printf '*filter\n-A INPUT -h\n' > /tmp/a; iptables-restore-translate -f /tmp/a | tail -n +2 | head -3
printf '*filter\n-A INPUT -V\n' > /tmp/a; iptables-restore-translate -f /tmp/a | tail -n +2 | head -3
printf '*filter\n-A INPUT -4 -j ACCEPT\n-A INPUT -6 -j ACCEPT\n' > /tmp/a; iptables-restore-translate -f /tmp/a | tail -n +2
iptables-restore-translate -h -f /tmp/a; echo rc=$?
iptables-restore-translate -f /tmp/a -h; echo rc=$?
iptables-restore-translate -V -f /tmp/a
iptables-restore-translate -f /tmp/a -V
iptables-restore-translate -f /tmp/a extra | tail -n +2
iptables-restore-translate --fi=/tmp/a | tail -n +2
iptables-restore-translate --bogus -f /tmp/a | tail -n +2
iptables-restore-translate -f /tmp | tail -n +2; echo rc=$?
iptables-restore-translate -f /tmp/r2 -f /tmp/a | tail -n +2
iptables-restore-translate -f/tmp/a | tail -n +2
iptables-restore-translate -vf /tmp/a | tail -n +2
ip6tables-restore-translate -h
printf '*filter\n-A INPUT -g x\n-Z\n' > /tmp/a; iptables-restore-translate -f /tmp/a > /dev/null
printf '*filter\n-A INPUT -j x\n-Z\n' > /tmp/a; iptables-restore-translate -f /tmp/a > /dev/null
printf '*filter\n-A INPUT -j LOG\n-Z\n' > /tmp/a; iptables-restore-translate -f /tmp/a > /dev/null
printf '*filter\n-A INPUT -t nat -j ACCEPT\n' > /tmp/a; iptables-restore-translate -f /tmp/a > /dev/null
printf '*filter\n-A INPUT -w -j ACCEPT\n' > /tmp/a; iptables-restore-translate -f /tmp/a > /dev/null
printf '*filter\n-A INPUT -j ACCEPT\n' > /tmp/a; xtables-nft-multi iptables-restore-translate -f /tmp/a | sed 1d
xtables-nft-multi ip6tables-restore-translate -V
xtables-nft-multi iptables-translate -A INPUT -j ACCEPT

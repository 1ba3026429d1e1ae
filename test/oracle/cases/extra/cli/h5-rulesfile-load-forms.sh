# how the rules file reaches iptables-restore: file argument, redirect, cat pipe, missing file, a directory, an empty file, options in odd places
printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n' > /tmp/rules.v4
iptables-restore /tmp/rules.v4; echo rc=$?; iptables -S INPUT
iptables-restore < /tmp/rules.v4; echo rc=$?
cat /tmp/rules.v4 | iptables-restore; echo rc=$?
iptables-restore /tmp/nosuch.v4; echo rc=$?
iptables-restore < /tmp/nosuch.v4; echo rc=$?
mkdir -p /tmp/rulesdir; iptables-restore /tmp/rulesdir; echo rc=$?
: > /tmp/empty.v4; iptables-restore /tmp/empty.v4; echo rc=$?; iptables -S INPUT
iptables-restore /dev/null; echo rc=$?
iptables-restore -n /tmp/empty.v4; echo rc=$?
iptables-restore /tmp/rules.v4 /tmp/empty.v4; echo rc=$?
iptables-restore /tmp/rules.v4 extra; echo rc=$?
iptables-restore -t /tmp/rules.v4; echo rc=$?
iptables-restore --test /tmp/rules.v4; echo rc=$?
iptables-restore /tmp/rules.v4 -n; echo rc=$?
iptables-restore -T filter /tmp/rules.v4; echo rc=$?
iptables-restore -T nat /tmp/rules.v4; echo rc=$?; iptables -S INPUT
iptables-restore -T /tmp/rules.v4; echo rc=$?
iptables-restore -w /tmp/rules.v4; echo rc=$?
iptables-restore -w 5 /tmp/rules.v4; echo rc=$?
iptables-restore -w5 /tmp/rules.v4; echo rc=$?
iptables-restore -W 100000 /tmp/rules.v4; echo rc=$?
iptables-restore --wait=2 --wait-interval=1000 < /tmp/rules.v4; echo rc=$?
iptables-restore -v /tmp/rules.v4; echo rc=$?
iptables-restore -V; echo rc=$?
iptables-restore --version /tmp/rules.v4; echo rc=$?
iptables-restore -cv < /tmp/rules.v4; echo rc=$?
iptables-restore -h | head -3; echo rc=$?
iptables-restore -x /tmp/rules.v4; echo rc=$?
iptables-restore --noflush=yes /tmp/rules.v4; echo rc=$?
iptables-restore - < /tmp/rules.v4; echo rc=$?
iptables-restore /dev/stdin < /tmp/rules.v4; echo rc=$?
iptables-restore ./rules.v4; echo rc=$?
iptables-restore rules.v4; echo rc=$?
iptables-restore '' ; echo rc=$?
iptables-legacy-restore -w5 /tmp/rules.v4; echo rc=$?
iptables-legacy-restore -W5 -w /tmp/rules.v4; echo rc=$?
ip6tables-restore -w -5 /tmp/rules.v4; echo rc=$?
iptables-restore --wait=5 /tmp/rules.v4; echo rc=$?
iptables-legacy-restore ''; echo rc=$?
iptables-nft-restore /tmp/rulesdir/; echo rc=$?

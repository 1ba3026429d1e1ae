# iptables-restore --test -c still reads a built-in chain's policy counters (and only those)
printf '*nat\n:INPUT ACCEPT 1:2]\nCOMMIT\n' | iptables-restore -c --test; echo rc=$?
printf '*nat\n:INPUT ACCEPT [1:2]\nCOMMIT\n' | iptables-restore -c --test; echo rc=$?
printf '*filter\n:USER - bogus\nCOMMIT\n' | iptables-restore -c --test; echo rc=$?
printf '*filter\n:INPUT DROP [x:2]\nCOMMIT\n' | iptables-restore --test; echo rc=$?
printf '*filter\n:INPUT DROP [x:2]\nCOMMIT\n' | iptables-restore -c --test; echo rc=$?
printf '*filter\n:INPUT DROP [x:2]\nCOMMIT\n' | ip6tables-restore -c --test; echo rc=$?
printf '*filter\n:INPUT DROP [x:2]\nCOMMIT\n' | iptables-legacy-restore -c --test; echo rc=$?
printf '*filter\n:INPUT DROP 1:2]\nCOMMIT\n' | iptables-legacy-restore -c --test; echo rc=$?
iptables-save -c | grep -c DROP

# --noflush with a full saved file: rules appended twice, chain lines flush existing chains, -N of an existing chain, policies changed
iptables -N web; iptables -A web -p tcp --dport 80 -j ACCEPT; iptables -A INPUT -j web; iptables -A INPUT -s 10.0.0.1 -j DROP
iptables-save > /tmp/saved.v4; iptables-restore -n /tmp/saved.v4; echo rc=$?; iptables -S
iptables-restore --noflush /tmp/saved.v4; echo rc=$?; iptables -S | wc -l
printf '*filter\n:web - [0:0]\nCOMMIT\n' | iptables-restore -n; echo rc=$?; iptables -S web
printf '*filter\n-N web\nCOMMIT\n' | iptables-restore -n; echo rc=$?
printf '*filter\n-X web\nCOMMIT\n' | iptables-restore -n; echo rc=$?; iptables -S | grep -c web
printf '*filter\n-D INPUT -j web\n-D INPUT -j web\n-D INPUT -j web\n-X web\nCOMMIT\n' | iptables-restore -n; echo rc=$?; iptables -S
printf '*filter\n:INPUT DROP [0:0]\nCOMMIT\n' | iptables-restore -n; echo rc=$?; iptables -S INPUT | head -1
printf '*filter\n-F\n-X\n-P INPUT ACCEPT\nCOMMIT\n' | iptables-restore -n; echo rc=$?; iptables -S
iptables-restore /tmp/saved.v4; iptables-save | grep -v '^#' | diff - <(grep -v '^#' /tmp/saved.v4) && echo same-as-saved
iptables-legacy-restore /tmp/saved.v4; iptables-legacy-restore -n /tmp/saved.v4; echo rc=$?; iptables-legacy -S
printf '*filter\n:web - [0:0]\nCOMMIT\n' | iptables-legacy-restore -n; echo rc=$?; iptables-legacy -S web
printf '*filter\n-N web\nCOMMIT\n' | iptables-legacy-restore -n; echo rc=$?
printf '*filter\n-X web\nCOMMIT\n' | iptables-legacy-restore -n; echo rc=$?

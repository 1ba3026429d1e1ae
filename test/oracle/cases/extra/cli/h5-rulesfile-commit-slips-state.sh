# hand-edited rules files: missing COMMIT, COMMIT twice, rules before the table line, duplicate table blocks; what each failure leaves behind
iptables -A INPUT -s 192.0.2.1 -j ACCEPT; iptables -N KEEP; iptables -A KEEP -j RETURN
printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 10.1.0.1 -j ACCEPT\n' > /tmp/nocommit.rules; iptables-restore /tmp/nocommit.rules; echo rc=$?; iptables-save | grep -v '^#'
printf '*filter\n-A INPUT -s 10.1.0.2 -j ACCEPT\nCOMMIT\nCOMMIT\n' | iptables-restore; echo rc=$?; iptables-save | grep -v '^#'
printf '*filter\n-A INPUT -s 10.1.0.3 -j ACCEPT\nCOMMIT\n*nat\n-A POSTROUTING -o lo -j MASQUERADE\n' | iptables-restore; echo rc=$?; iptables-save | grep -v '^#'
printf -- '-A INPUT -s 10.1.0.4 -j ACCEPT\n*filter\nCOMMIT\n' | iptables-restore; echo rc=$?
printf ':INPUT DROP [0:0]\n*filter\nCOMMIT\n' | iptables-restore; echo rc=$?
printf 'COMMIT\n*filter\nCOMMIT\n' | iptables-restore; echo rc=$?
iptables-save | grep -v '^#'
printf '*filter\n-A INPUT -s 10.1.0.5 -j ACCEPT\nCOMMIT\n*filter\n-A INPUT -s 10.1.0.6 -j ACCEPT\nCOMMIT\n' | iptables-restore; echo rc=$?; iptables -S INPUT
printf '*filter\n-A INPUT -s 10.1.0.7 -j ACCEPT\nCOMMIT\n*filter\n-A INPUT -s 10.1.0.8 -j ACCEPT\nCOMMIT\n' | iptables-restore -n; echo rc=$?; iptables -S INPUT
printf '*nat\n-A PREROUTING -p tcp --dport 80 -j REDIRECT --to-ports 8080\nCOMMIT\n*filter\n-A INPUT -s 10.1.0.9 -j ACCEPT\nCOMMIT\n*nat\nCOMMIT\n' | iptables-restore; echo rc=$?; iptables -t nat -S; iptables -S INPUT
printf '*filter\n-A INPUT -s 10.1.0.10 -j ACCEPT\n*filter\nCOMMIT\n' | iptables-restore; echo rc=$?; iptables -S INPUT
printf '*filter\n-A INPUT -s 10.1.0.11 -j ACCEPT\nCOMMIT\n*mangle\n-A PREROUTING -j BOGUS\nCOMMIT\n' | iptables-restore; echo rc=$?; iptables-save | grep -v '^#'
printf '*filter\n-A INPUT -s 10.1.0.12 -j ACCEPT\nCOMMIT\n*raw\n-A PREROUTING -j NOTRACK\n' | iptables-restore; echo rc=$?; iptables-save -t raw | grep -v '^#'
printf '*filter\n-A INPUT -s 10.1.0.13 -j ACCEPT\nCOMIT\n' | iptables-restore; echo rc=$?; iptables -S INPUT
printf '*filter\n-A INPUT -s 10.1.0.14 -j ACCEPT\nEND\n' | iptables-restore; echo rc=$?
printf '*filter\n-A INPUT -s 10.1.0.15 -j ACCEPT\nCOMMIT\nEOF\n' | iptables-restore; echo rc=$?; iptables -S INPUT

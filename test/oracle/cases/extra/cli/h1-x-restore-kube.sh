iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -t nat -N KUBE-SERVICES
printf '*nat\n:KUBE-SERVICES - [0:0]\n:KUBE-SVC-A - [0:0]\n-A KUBE-SERVICES -d 10.96.0.1/32 -p tcp -m tcp --dport 443 -j KUBE-SVC-A\n-A KUBE-SVC-A -j DNAT --to-destination 192.168.0.10:6443\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables-save -t nat | grep -v '^#'
printf '*nat\n:KUBE-SERVICES - [0:0]\n-A KUBE-SERVICES -j RETURN\nCOMMIT\n' | iptables-restore --noflush -v; echo rc=$?
iptables -t nat -S
printf '*nat\n-X KUBE-SVC-A\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
printf '*nat\n-F KUBE-SVC-A\n-X KUBE-SVC-A\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -t nat -S
printf '*nat\n-A KUBE-NOPE -j RETURN\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
printf '*nat\n:KUBE-X - [0:0]\n-A KUBE-X -j RETURN\n-A KUBE-X -j BOGUS\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
printf '*nat\n:KUBE-X - [0:0]\n-A KUBE-X -j RETURN\nCOMMIT\n' | iptables-restore --test; echo rc=$?
iptables -t nat -S | grep -c KUBE-X
printf '*nat\n:POSTROUTING ACCEPT [5:300]\nCOMMIT\n' | iptables-restore -c --noflush; echo rc=$?
iptables -t nat -L POSTROUTING -v -n -x
printf '*filter\n:INPUT DROP [0:0]\nCOMMIT\n*nat\nCOMMIT\n' | iptables-restore -T nat; echo rc=$?
iptables -S INPUT
printf '*filter\n:INPUT DROP [0:0]\nCOMMIT\n' | iptables-restore -T filter; echo rc=$?
iptables -S INPUT
printf '*mangle\n-A PREROUTING -j MARK --set-mark 1\nCOMMIT\n' | iptables-restore -w 5 -n; echo rc=$?
iptables-save -t mangle | grep -v '^#'
printf '*raw\n-A PREROUTING -j CT --notrack\n' | iptables-restore; echo rc=$?
printf '*raw\n-A PREROUTING -j CT --notrack\nCOMMIT\nbogus\n' | iptables-restore; echo rc=$?
printf 'COMMIT\n' | iptables-restore; echo rc=$?
printf '*bogus\nCOMMIT\n' | iptables-restore; echo rc=$?
printf '*filter\n:INPUT BOGUS [0:0]\nCOMMIT\n' | iptables-restore; echo rc=$?
printf '*filter\n:NEWCHAIN ACCEPT [0:0]\nCOMMIT\n' | iptables-restore; echo rc=$?
printf '*filter\n-A INPUT -p tcp --dport 22 -j ACCEPT\n-D INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n' | iptables-restore; echo rc=$?
iptables -S INPUT
ip6tables-restore --noflush <<'XEOF2'
*filter
:KUBE-FIREWALL - [0:0]
-A INPUT -j KUBE-FIREWALL
-A KUBE-FIREWALL -s ::1 -j RETURN
COMMIT
XEOF2
ip6tables -S

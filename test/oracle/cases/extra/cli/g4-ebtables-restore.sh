# ebtables-restore: implicit commits per table, flush unless --noflush, [p:b] ignored but -c used, its error formats (line N failed, final implicit COMMIT failed, RULE_APPEND refusal)
cat > /tmp/e.save <<'EOF'
# a comment
*filter
:INPUT DROP
:FORWARD ACCEPT
:OUTPUT ACCEPT
:U ACCEPT
:V RETURN
[3:4] -A INPUT -p IPv4 --ip-src 10.0.0.1 -j ACCEPT
-A INPUT -j U
-A U -p ARP -j ACCEPT -c 7 8

*nat
:PREROUTING ACCEPT
:OUTPUT ACCEPT
:POSTROUTING DROP
-A PREROUTING -i eth0 -j ACCEPT
EOF
ebtables-restore < /tmp/e.save; echo rc=$?
ebtables-save -c
ebtables -L --Lc
ebtables -N EXTRA; ebtables -A OUTPUT -j DROP
printf '*filter\n:INPUT ACCEPT\n-A INPUT -j DROP\n' | ebtables-restore; echo rc=$?; ebtables-save
printf '*filter\n-A OUTPUT -j ACCEPT\n' | ebtables-restore --noflush; echo rc=$?; ebtables -L OUTPUT
printf '*filter\n-A NOPE -j ACCEPT\n' | ebtables-restore; echo rc=$?
printf '*filter\n-A INPUT -j NOPE\n' | ebtables-restore; echo rc=$?
printf '*filter\n-A INPUT -p foo -j ACCEPT\n' | ebtables-restore; echo rc=$?
printf '*filter\n-A INPUT --ip-src 1.2.3.4 -j ACCEPT\n' | ebtables-restore; echo rc=$?
printf '*broute\n' | ebtables-restore; echo rc=$?
printf '*\n' | ebtables-restore; echo rc=$?
printf ':INPUT ACCEPT\n' | ebtables-restore; echo rc=$?
printf -- '-A INPUT -j ACCEPT\n' | ebtables-restore; echo rc=$?
printf '*filter\n:INPUT FOO\n' | ebtables-restore; echo rc=$?
printf '*filter\n:INPUT\n' | ebtables-restore; echo rc=$?
printf '*filter\n-t nat -A INPUT -j ACCEPT\n' | ebtables-restore; echo rc=$?
printf '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n-A INPUT -j DROP\n' | ebtables-restore; echo rc=$?
printf '# c\n*filter\n:INPUT ACCEPT\n' | ebtables-restore -v; echo rc=$?
ebtables-restore -x; echo rc=$?
ebtables-restore /tmp/e.save; echo rc=$?
ebtables-save

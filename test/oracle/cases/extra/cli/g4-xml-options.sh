# iptables-xml's option handling: permutation, long prefixes, errors that are only complained about
printf '*filter\n:INPUT ACCEPT [0:0]\n:FORWARD DROP [3:120]\nCOMMIT\n' > /tmp/s.save
iptables-xml -h; echo rc=$?
iptables-xml --help 2>&1; echo rc=$?
iptables-xml --he /tmp/s.save 2>/dev/null; echo rc=$?
iptables-xml -x /tmp/s.save 2>&1; echo rc=$?
iptables-xml --foo /tmp/s.save; echo rc=$?
iptables-xml --combine=1 --verbose=yes /tmp/s.save 2>&1
iptables-xml --=x -cxv /tmp/s.save 2>&1
iptables-xml --co --verb --he 2>&1; echo rc=$?
iptables-xml -vh; echo rc=$?
iptables-xml -hv; echo rc=$?
iptables-xml -vv /tmp/s.save
iptables-xml /tmp/s.save -v
POSIXLY_CORRECT=1 iptables-xml /tmp/s.save -v; echo rc=$?
iptables-xml /tmp/s.save /tmp/s.save; echo rc=$?
iptables-xml /tmp/nonexistent.save; echo rc=$?
iptables-xml /tmp/s.save/x; echo rc=$?
iptables-xml /tmp; echo rc=$?
iptables-xml -- -v; echo rc=$?
iptables-xml - < /tmp/s.save; echo rc=$?
iptables-xml < /tmp/s.save
echo -n | iptables-xml; echo rc=$?
xtables-legacy-multi xml -q /tmp/s.save 2>&1 | head -2

# iptables-restore-translate prints libxtables' connlabel warning once per connlabel match, as iptables-translate does
cat > /tmp/rt <<'X'
*mangle
-A INPUT -m connlabel ! --label 5 -m connlabel --label 6
COMMIT
*filter
-A INPUT -j ACCEPT
-A INPUT -m connlabel --label 3
-A INPUT -m connlabel --label 4 --set -m comment --comment x
COMMIT
X
iptables-restore-translate -f /tmp/rt | grep -v "^# Translated"
ip6tables-restore-translate -f /tmp/rt | grep -v "^# Translated"
iptables-restore-translate -f /tmp/rt 2>&1 >/dev/null | wc -l
iptables-translate -A INPUT -m connlabel --label 1 -m connlabel ! --label 2
ip6tables-translate -A INPUT -m connlabel --label 1 --set

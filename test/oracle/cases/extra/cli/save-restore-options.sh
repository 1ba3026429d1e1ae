iptables -A INPUT -s 10.0.0.1 -j ACCEPT
iptables -t nat -A OUTPUT -j RETURN
iptables-save -f /tmp/out.rules
cat /tmp/out.rules | grep -v '^#'
iptables-save --file=/tmp/out2.rules -t nat
grep -c COMMIT /tmp/out2.rules
iptables-save --counters --table=nat
iptables-save -M /bin/true -t filter
iptables-save -t
iptables-save extra
iptables-save -x
iptables-restore -T nat /tmp/out.rules
iptables-restore -M /bin/true /tmp/out.rules
iptables-save | grep -v '^#'

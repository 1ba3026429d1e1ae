cat > /tmp/g1pol <<'X'
*filter
:INPUT ACCEPT [5:6]
:FORWARD DROP [7:8]
:OUTPUT ACCEPT [9:10]
:u - [0:0]
[1:1] -A INPUT -j ACCEPT
COMMIT
X
iptables-legacy-restore -c < /tmp/g1pol
iptables-legacy-save -c -t filter | grep '^:'
iptables-legacy-restore -c < /tmp/g1pol
iptables-legacy -C INPUT -j ACCEPT
iptables-legacy-save -c -t filter | grep '^:'
iptables-legacy-restore -c < /tmp/g1pol
iptables-legacy -L -n >/dev/null
iptables-legacy-save -c -t filter | grep '^:'
iptables-legacy-restore -c < /tmp/g1pol
iptables-legacy -F u
iptables-legacy-save -c -t filter | grep '^:'
iptables-legacy-restore -c < /tmp/g1pol
iptables-legacy -X u
iptables-legacy-save -c -t filter | grep '^:'
iptables-legacy-restore -c < /tmp/g1pol
iptables-legacy -A OUTPUT -j ACCEPT
iptables-legacy-save -c -t filter | grep '^:'
iptables-legacy-restore -c < /tmp/g1pol
iptables-legacy -D OUTPUT -j ACCEPT
iptables-legacy-save -c -t filter | grep '^:'
iptables-legacy-restore -c < /tmp/g1pol
iptables-legacy -Z INPUT 1
iptables-legacy-save -c -t filter | grep '^:'
iptables-legacy-restore -c < /tmp/g1pol
iptables-legacy -L FORWARD -Z -v -n
iptables-legacy-save -c -t filter | grep '^:'
iptables-legacy-restore -c < /tmp/g1pol
iptables-legacy -t nat -A OUTPUT -j ACCEPT
iptables-legacy-save -c -t filter | grep '^:'
iptables-legacy-restore -c < /tmp/g1pol
iptables-legacy -P INPUT ACCEPT -c 2,3
iptables-legacy-save -c -t filter | grep '^:'
iptables-legacy-restore -c < /tmp/g1pol
iptables-legacy -P FORWARD DROP
iptables-legacy-save -c -t filter | grep '^:'
iptables-legacy-restore -c < /tmp/g1pol
iptables-legacy -R INPUT 1 -j DROP
iptables-legacy-save -c -t filter | grep '^:'
iptables-legacy -F u; iptables-legacy -X u
iptables-legacy -P OUTPUT ACCEPT -c 4 5
iptables-legacy-save -c -t filter | grep '^:'
iptables-legacy -X
iptables-legacy-save -c -t filter | grep '^:'
iptables-legacy -F
iptables-legacy-save -c -t filter | grep '^:'
iptables-legacy -P OUTPUT ACCEPT --set-counters 0x10 077
iptables-legacy -L OUTPUT -v -x
iptables-legacy -P OUTPUT ACCEPT -c 1; echo rc=$?
iptables-legacy -t nat -P POSTROUTING ACCEPT -c 3 4
iptables-legacy -t nat -P INPUT DROP -c 18446744073709551615 1
iptables-legacy -t nat -S -v
ip6tables-legacy -P INPUT DROP -c 11 12
ip6tables-legacy -P OUTPUT DROP -c 13 14
ip6tables-legacy -N x
ip6tables-legacy -S -v
iptables -P INPUT DROP -c 11 12
iptables -S INPUT -v

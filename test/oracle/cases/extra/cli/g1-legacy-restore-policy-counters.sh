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
iptables-legacy-restore --noflush -c <<'X'
*filter
:OUTPUT ACCEPT [1:1]
COMMIT
X
iptables-legacy-save -c -t filter | grep '^:'
iptables-legacy-restore -c < /tmp/g1pol
iptables-legacy-restore --noflush <<'X'
*filter
:OUTPUT DROP [1:1]
-A INPUT -j DROP
COMMIT
X
iptables-legacy-save -c -t filter | grep '^:'
iptables-legacy-restore -c < /tmp/g1pol
iptables-legacy-restore <<'X'
*filter
:OUTPUT DROP [1:1]
COMMIT
X
iptables-legacy-save -c -t filter | grep '^:'
iptables-legacy-restore -c < /tmp/g1pol
iptables-legacy-restore -c <<'X'
*filter
:INPUT ACCEPT [3:3]
COMMIT
X
iptables-legacy-save -c -t filter | grep '^:'
iptables-legacy-restore -c < /tmp/g1pol
iptables-legacy-restore -c <<'X'
*nat
COMMIT
X
iptables-legacy-save -c -t filter | grep '^:'

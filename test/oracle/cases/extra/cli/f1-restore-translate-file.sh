cat > /tmp/r2 <<'X'
# comment line
*filter
:INPUT DROP [10:200]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:web - [0:0]
:LOGDROP - [3:4]
[5:6] -A INPUT -i lo -j ACCEPT
-A INPUT -p tcp --dport 22 -j web
-A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT
-I INPUT -s 1.2.3.4 -j DROP
-A web -s 10.0.0.0/8 -j ACCEPT
-A web -m conntrack --ctstate NEW -j LOG --log-prefix "x "
-A web -g LOGDROP
-A LOGDROP -j DROP
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A POSTROUTING -o eth0 -j MASQUERADE
-A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.1:8080
COMMIT
*mangle
:PREROUTING ACCEPT [0:0]
-A PREROUTING -j MARK --set-mark 1
COMMIT
*raw
:OUTPUT ACCEPT [0:0]
-A OUTPUT -j NOTRACK
COMMIT
X
iptables-restore-translate -f /tmp/r2 | tail -n +2
iptables-restore-translate --file=/tmp/r2 | tail -n +2 | head -3
iptables-restore-translate --file /tmp/r2 | tail -n +2 | head -3
printf '*filter\n-A INPUT -j BOGUS\nCOMMIT\n' > /tmp/r3; iptables-restore-translate -f /tmp/r3 | tail -n +2
printf '*filter\n-A INPUT -m bogus -j ACCEPT\nCOMMIT\n' > /tmp/r3; iptables-restore-translate -f /tmp/r3 | tail -n +2
printf '*filter\n-A INPUT -j ACCEPT\n' > /tmp/r3; iptables-restore-translate -f /tmp/r3 | tail -n +2
printf '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n*filter\n-A OUTPUT -j ACCEPT\nCOMMIT\n' > /tmp/r3; iptables-restore-translate -f /tmp/r3 | tail -n +2
printf '*bogus\n-A INPUT -j ACCEPT\nCOMMIT\n' > /tmp/r3; iptables-restore-translate -f /tmp/r3 | tail -n +2
printf -- '-A INPUT -j ACCEPT\nCOMMIT\n' > /tmp/r3; iptables-restore-translate -f /tmp/r3 | tail -n +2
printf '*filter\n:INPUT BOGUS [0:0]\nCOMMIT\n' > /tmp/r3; iptables-restore-translate -f /tmp/r3 | tail -n +2
printf '*filter\n:NEWC ACCEPT [0:0]\nCOMMIT\n' > /tmp/r3; iptables-restore-translate -f /tmp/r3 | tail -n +2
printf '*filter\n-A INPUT -p tcp --dport 22 -m recent --set -j ACCEPT\n-A INPUT -j REJECT\n-A INPUT -m set --match-set foo src -j ACCEPT\nCOMMIT\n' > /tmp/r3; iptables-restore-translate -f /tmp/r3 | tail -n +2
printf '*filter\n-N x\n-X x\n-F\n-Z\n-P INPUT DROP\n-E a b\n-D INPUT 1\n-R INPUT 1 -j DROP\nCOMMIT\n' > /tmp/r3; iptables-restore-translate -f /tmp/r3 | tail -n +2
printf '*filter\n-A INPUT -s 1.2.3.4,5.6.7.8 -j ACCEPT\nCOMMIT\n' > /tmp/r3; iptables-restore-translate -f /tmp/r3 | tail -n +2
printf '*filter\n-A INPUT -s 2001:db8::1 -j ACCEPT\nCOMMIT\n' > /tmp/r3; iptables-restore-translate -f /tmp/r3 | tail -n +2
printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 2001:db8::1 -p tcp --dport 22 -j REJECT\nCOMMIT\n' > /tmp/r3; ip6tables-restore-translate -f /tmp/r3 | tail -n +2
ip6tables-restore-translate -V
iptables-restore-translate -f /tmp/r3 -f /tmp/r2 | tail -n +2 | head -3
iptables-restore-translate -f

# IDLETIMER: --alarm (revision 1) works; a label names a sysfs file (no '/', not empty) and a timer
# another rule made must be of the same kind (plain or alarm), across tables and families.
iptables -A INPUT -j IDLETIMER --timeout 10 --label f2a --alarm
iptables -A INPUT -j IDLETIMER --timeout 10 --label f2a
iptables -A INPUT -j IDLETIMER --timeout 20 --label f2a --alarm
iptables -A INPUT -j IDLETIMER --timeout 10 --label f2b
iptables -A INPUT -j IDLETIMER --timeout 10 --label f2b --alarm
iptables -A INPUT -j IDLETIMER --timeout 30 --label f2b
iptables -t mangle -A INPUT -j IDLETIMER --timeout 30 --label f2b --alarm
iptables -t mangle -A INPUT -j IDLETIMER --timeout 30 --label f2c --alarm
iptables -A INPUT -j IDLETIMER --timeout 0 --label f2d --alarm
iptables -A INPUT -j IDLETIMER --timeout 2147483 --label f2e --alarm
iptables -A INPUT -j IDLETIMER --timeout 2147482 --label f2e --alarm
iptables -A INPUT -j IDLETIMER --timeout 5 --label "" --alarm
iptables -A INPUT -j IDLETIMER --timeout 5 --label "f2 a b" --alarm
iptables -A INPUT -j IDLETIMER --timeout 5 --label "f2a/b"
iptables -A INPUT -j IDLETIMER --timeout 5 --label "f2é"
ip6tables -A INPUT -j IDLETIMER --timeout 5 --label f2a
ip6tables -A INPUT -j IDLETIMER --timeout 5 --label f2c
iptables -D INPUT -j IDLETIMER --timeout 10 --label f2a --alarm
iptables -A INPUT -j IDLETIMER --timeout 10 --label f2a
iptables -S
iptables -t mangle -S
iptables -L INPUT -n

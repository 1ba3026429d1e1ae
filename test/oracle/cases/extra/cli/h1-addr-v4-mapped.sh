iptables -A INPUT -s ::ffff:1.2.3.4 -j ACCEPT
iptables -A INPUT -d ::FFFF:102:305 -j ACCEPT
iptables -A INPUT -s 0:0:0:0:0:ffff:10.1.2.3/8 -j ACCEPT
iptables -A INPUT -s ::ffff:192.168.1.1,::ffff:192.168.1.2 -j DROP
iptables -A INPUT -s ::1.2.3.4 -j ACCEPT
echo rc=$?
iptables -A INPUT -s ::ffff:1.2.3.4/96 -j ACCEPT
echo rc=$?
iptables -A INPUT -s ::fffe:1.2.3.4 -j ACCEPT
echo rc=$?
iptables -A INPUT -s 1::ffff:1.2.3.4 -j ACCEPT
echo rc=$?
iptables -S INPUT
iptables -L INPUT -n
iptables -C INPUT -s 1.2.3.4 -j ACCEPT
echo rc=$?
iptables -D INPUT -s ::ffff:1.2.3.4/32 -j ACCEPT
iptables-restore -n <<'XEOF2'
*filter
-A OUTPUT -d ::ffff:8.8.8.8 -p udp --dport 53 -j ACCEPT
COMMIT
XEOF2
iptables-save -t filter
ip6tables -A INPUT -s ::ffff:1.2.3.4 -j ACCEPT
ip6tables -A INPUT -s 1.2.3.4 -j ACCEPT
echo rc=$?
ip6tables -S INPUT
iptables-legacy -A INPUT -s ::ffff:9.9.9.9 -j DROP
iptables-legacy -S INPUT

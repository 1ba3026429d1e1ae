iptables -A INPUT -s ::1/33 -j ACCEPT; echo rc=$?
iptables -A INPUT -s ::1/0 -j ACCEPT; echo rc=$?
iptables -A INPUT -s ::1/abc -j ACCEPT; echo rc=$?
iptables -A INPUT -d fe80::1%lo -j ACCEPT; echo rc=$?
iptables -A INPUT -s 2001:db8::/255.255.0.0 -j ACCEPT; echo rc=$?
iptables -A INPUT -s 1.2.3.4/ffff:: -j ACCEPT; echo rc=$?
iptables -A INPUT -s 1.2.3.4,::1 -j ACCEPT; echo rc=$?
iptables -A INPUT -s ::1,1.2.3.4 -j ACCEPT; echo rc=$?
iptables -A INPUT -s 1.2.3.4/24,::1/33 -j ACCEPT; echo rc=$?
ip6tables -A INPUT -s 10.0.0.1/8 -j ACCEPT; echo rc=$?
ip6tables -A INPUT -s 10.0.0.0/129 -j ACCEPT; echo rc=$?
ip6tables -A INPUT -s ::1/129 -j ACCEPT; echo rc=$?
ip6tables -A INPUT -s ::1/0 -j ACCEPT; echo rc=$?
ip6tables -A INPUT -s bogus/0 -j ACCEPT; echo rc=$?
ip6tables -A INPUT -s ::1/255.255.255.0 -j ACCEPT; echo rc=$?
ip6tables -A INPUT -s ::1,10.0.0.1 -j ACCEPT; echo rc=$?
ip6tables -A INPUT -s ::1/64,::2/129 -j ACCEPT; echo rc=$?
ip6tables -A INPUT -d localhost -j ACCEPT; echo rc=$?
ip6tables -A INPUT -d ip6-localhost -j ACCEPT; echo rc=$?
ip6tables -A INPUT -d ::/0 -s 0.0.0.0/0 -j ACCEPT; echo rc=$?
iptables -A INPUT -s 0.0.0.0/0 -d ::/0 -j ACCEPT; echo rc=$?
iptables -A INPUT -s ::/0 -j ACCEPT; echo rc=$?
iptables -S INPUT
ip6tables -S INPUT
iptables -C INPUT -s ::1/0 -j ACCEPT; echo rc=$?
iptables -D INPUT -s ::/0 -j ACCEPT; echo rc=$?
iptables -S INPUT

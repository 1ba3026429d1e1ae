ip6tables -A INPUT -s ::1 -j ACCEPT
ip6tables -A INPUT -d ::1/128 -j ACCEPT
ip6tables -A INPUT -s ff02::1 -j ACCEPT
ip6tables -A INPUT -s ff02::2 -j ACCEPT
ip6tables -A INPUT -s fe00::0 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::/32 -j ACCEPT
ip6tables -A INPUT -s ::/0 -d ::1 -j ACCEPT
ip6tables -L INPUT
ip6tables -L INPUT -v
ip6tables -L INPUT --line-numbers
iptables -A INPUT -s 127.0.0.1 -d 127.0.1.1 -j ACCEPT
iptables -A INPUT -s 127.0.0.2 -j ACCEPT
iptables -A INPUT -d 0.0.0.0/0 -j ACCEPT
iptables -A INPUT -s 0.0.0.0 -j ACCEPT
iptables -A INPUT -s 127.0.0.1/8 -j ACCEPT
iptables -A INPUT -s 255.255.255.255 -j ACCEPT
iptables -A INPUT -s 224.0.0.1 -j ACCEPT
iptables -A INPUT -s localhost -j ACCEPT
iptables -A INPUT -d localhost/24 -j ACCEPT
iptables -A OUTPUT -d 127.0.0.1 -p tcp --sport 22 -j ACCEPT
iptables -L INPUT
iptables -L
iptables -L OUTPUT -v
iptables -S INPUT
iptables -A INPUT -s nonexistent.invalid -j ACCEPT
echo rc=$?
ip6tables -A INPUT -s localhost -j ACCEPT
echo rc=$?
ip6tables -A INPUT -s ip6-localhost -j ACCEPT
echo rc=$?
ip6tables -S INPUT

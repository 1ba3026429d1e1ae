# REJECT over IPv6 on one host: tcp-reset refuses at once, ICMPv6 errors leave connect() waiting
ip6tables -A INPUT -p tcp --dport 81 -j REJECT --reject-with tcp-reset
ip6tables -A INPUT -p tcp --dport 82 -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -A INPUT -p tcp --dport 83 -j REJECT
ip6tables -A OUTPUT -p tcp --dport 84 -j REJECT --reject-with tcp-reset
ip6tables -A INPUT -s ::1 -p tcp --dport 85 -j REJECT --reject-with tcp-reset
ip6tables -A INPUT ! -s ::1 -p tcp --dport 86 -j REJECT --reject-with tcp-reset
ip6tables -A INPUT -s 2001:db8::/32 -p tcp --dport 87 -j REJECT --reject-with tcp-reset
curl -sS http://[::1]:81/; echo rc=$?
curl -s -m 1 http://[::1]:82/; echo rc=$?
curl -s -m 1 http://[::1]:83/; echo rc=$?
curl -sS http://[::1]:84/; echo rc=$?
curl -sS http://[::1]:85/; echo rc=$?
curl -sS http://[::1]:86/; echo rc=$?
curl -sS http://[::1]:87/; echo rc=$?
ip6tables -S
ip6tables -L INPUT 1 -v -n -x
ip6tables -L OUTPUT -v -n -x
ip6tables -L INPUT 5 -v -n -x
ip6tables -L INPUT 6 -v -n -x
ip6tables -L INPUT 7 -v -n -x

# sysctl lines from hardening and router guides: -w one by one, a drop-in file with -p, reading them back, names with slashes, typos, and settings the 6.x kernel no longer has
sysctl -w net.ipv4.ip_forward=1
sysctl -w net.ipv4.conf.all.accept_redirects=0
sysctl -w net.ipv4.conf.all.send_redirects=0
sysctl -w net.ipv4.conf.all.accept_source_route=0
sysctl -w net.ipv4.conf.all.rp_filter=1
sysctl -w net.ipv4.conf.default.rp_filter=1
sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=1
sysctl -w net.ipv4.icmp_ignore_bogus_error_responses=1
sysctl -w net.ipv4.conf.all.log_martians=1
sysctl -w net.ipv4.tcp_syncookies=1
sysctl -w net.ipv6.conf.all.forwarding=1
sysctl -w net.ipv6.conf.all.disable_ipv6=1
sysctl net.ipv6.conf.lo.disable_ipv6
sysctl -w net.ipv6.conf.all.disable_ipv6=0
sysctl -w net/ipv4/ip_forward=0
sysctl net/ipv4/ip_forward
sysctl -w net.ipv4.ip_forward = 1
sysctl -w net.ipv4.ip_foward=1
sysctl -w net.ipv4.ip_forward=yes
sysctl net.ipv4.ip_forward=1
sysctl -w net.netfilter.nf_conntrack_helper=1
sysctl -w net.ipv4.netfilter.ip_conntrack_max=65536
sysctl -w net.netfilter.nf_conntrack_tcp_loose=0
printf 'net.ipv4.ip_forward = 1\n# comment\n; other comment\n\nnet.ipv4.conf.all.rp_filter=2\nnet.ipv4.tcp_syncookies = 1\nnet.ipv4.no_such = 1\n-net.ipv4.also_missing = 1\n' > /tmp/99-router.conf
sysctl -p /tmp/99-router.conf; echo rc=$?
sysctl -q -p /tmp/99-router.conf; echo rc=$?
sysctl -p /tmp/missing.conf; echo rc=$?
sysctl net.ipv4.ip_forward net.ipv4.conf.all.rp_filter net.ipv4.tcp_syncookies
sysctl -n net.ipv4.conf.all.rp_filter
sysctl -a 2>/dev/null | grep -E '^net.ipv4.conf.(all|lo).(forwarding|rp_filter|log_martians) '
cat /proc/sys/net/ipv4/conf/all/forwarding
echo 0 > /proc/sys/net/ipv4/ip_forward; cat /proc/sys/net/ipv4/conf/all/forwarding
sysctl -e -w net.ipv4.no_such=1; echo rc=$?
sysctl -w; echo rc=$?

# Keys with their own write handlers: congestion control names, the reserved ports bitmap, ping_group_range, nf_log bindings, stable_secret (EIO)
sysctl net.ipv4.tcp_congestion_control net.ipv4.tcp_available_congestion_control net.ipv4.tcp_allowed_congestion_control
sysctl -w net.ipv4.tcp_congestion_control=foo; echo rc=$?
sysctl -w net.ipv4.tcp_congestion_control=cubic; echo rc=$?
sysctl -w net.ipv4.tcp_congestion_control=reno; sysctl -n net.ipv4.tcp_congestion_control
echo bbr > /proc/sys/net/ipv4/tcp_congestion_control; cat /proc/sys/net/ipv4/tcp_congestion_control
echo > /proc/sys/net/ipv4/tcp_congestion_control; echo rc=$?
sysctl -w net.ipv4.ip_local_reserved_ports=9000,8080,0x10,100-200,150-300; sysctl net.ipv4.ip_local_reserved_ports
sysctl -w net.ipv4.ip_local_reserved_ports=80,80,81; sysctl -n net.ipv4.ip_local_reserved_ports
sysctl -w net.ipv4.ip_local_reserved_ports="8080, 9000"; echo rc=$?
sysctl -w net.ipv4.ip_local_reserved_ports=9000-8000 net.ipv4.ip_local_reserved_ports=65536 net.ipv4.ip_local_reserved_ports=abc; echo rc=$?
sysctl -n net.ipv4.ip_local_reserved_ports
sysctl -w net.ipv4.ip_local_reserved_ports=" 8080" net.ipv4.ip_local_reserved_ports="8081,"; sysctl -n net.ipv4.ip_local_reserved_ports
sysctl -w net.ipv4.ip_local_reserved_ports=; sysctl net.ipv4.ip_local_reserved_ports
echo 30000-30010 > /proc/sys/net/ipv4/ip_local_reserved_ports; cat /proc/sys/net/ipv4/ip_local_reserved_ports
sysctl -w net.ipv4.ping_group_range="0 2147483647"; sysctl net.ipv4.ping_group_range
sysctl -w net.ipv4.ping_group_range="5 1"; sysctl net.ipv4.ping_group_range
sysctl -n net.netfilter.nf_log.2 net.netfilter.nf_log.3 net.netfilter.nf_log.0
sysctl -w net.netfilter.nf_log.0=nfnetlink_log net.netfilter.nf_log.3=nf_log_ipv4 net.netfilter.nf_log.2=NONE; echo rc=$?
cat /proc/net/netfilter/nf_log
sysctl -w net.netfilter.nf_log.2=nf_log_ipv4 net.netfilter.nf_log.10=foo; echo rc=$?
ls /proc/sys/net/ipv6/conf/lo | grep -n stable
sysctl net.ipv6.conf.lo.stable_secret; echo rc=$?
sysctl -N net.ipv6.conf.lo.stable_secret; echo rc=$?
sysctl -w net.ipv6.conf.all.stable_secret=::1; echo rc=$?
sysctl net.ipv6.conf.lo > /dev/null; echo rc=$?
sysctl net.ipv6.conf > /dev/null; echo rc=$?
sysctl -a > /dev/null; echo rc=$?
sysctl -a -N | grep stable_secret
sysctl -a | grep -c stable_secret

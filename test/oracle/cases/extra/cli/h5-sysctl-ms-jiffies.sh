# millisecond sysctls kept in jiffies (HZ=250): read back rounded up to 4 ms, negatives refused
sysctl -w net.ipv4.icmp_ratelimit=2; sysctl -n net.ipv4.icmp_ratelimit
sysctl -w net.ipv4.icmp_ratelimit=0x10 net.ipv4.icmp_ratelimit=-1; echo rc=$?
sysctl -w net.ipv4.icmp_ratelimit=0 net.ipv4.icmp_ratelimit=1001; sysctl -n net.ipv4.icmp_ratelimit
sysctl -w net.ipv4.neigh.lo.retrans_time_ms=999; sysctl net.ipv4.neigh.lo.retrans_time_ms
echo 7 > /proc/sys/net/ipv6/icmp/ratelimit; cat /proc/sys/net/ipv6/icmp/ratelimit
sysctl -w net.ipv6.conf.all.mldv2_unsolicited_report_interval=1 net.ipv6.neigh.lo.base_reachable_time_ms=30001
sysctl net.ipv6.conf.all.mldv2_unsolicited_report_interval net.ipv6.neigh.lo.base_reachable_time_ms
sysctl -w net.ipv4.icmp_ratelimit=1000 net.ipv4.icmp_ratemask=6168

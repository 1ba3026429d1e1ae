sysctl 'net.ipv4.conf.[z-a].rp_filter'
sysctl -w 'net.ipv4.conf.[z-a].rp_filter=1'
sysctl 'net.ipv4.conf.[\].rp_filter'
printf 'net.ipv4.conf.[z-a].rp_filter = 1\nnet.ipv4.conf.[\\].rp_filter = 1\nnet.ipv4.conf.[l].rp_filter = 2\n' > /tmp/h9-glob.conf
sysctl -p /tmp/h9-glob.conf
sysctl -p '/tmp/h9-[z-a]*'
sysctl -w net.ipv4.ping_group_range="4294967296 1"
sysctl net.ipv4.ping_group_range
sysctl -w net.ipv4.ping_group_range="0x20 0x10"
sysctl net.ipv4.ping_group_range
sysctl -w net.ipv4.ping_group_range="100 200"
sysctl -w net.ipv4.ping_group_range="5"
sysctl net.ipv4.ping_group_range
sysctl -w net.ipv4.ping_group_range="2147483647 2147483647"
sysctl -w net.ipv4.ping_group_range="2147483648 2147483648"
sysctl -w net.ipv4.ping_group_range="-1 5"
sysctl -w net.ipv4.ping_group_range="4294967294 4294967294"
sysctl net.ipv4.ping_group_range
sysctl -w net.ipv4.ping_group_range="4294967295 4294967295"
sysctl net.ipv4.ping_group_range
echo net.ipv4.ip_forward=1 | sysctl -p -
sysctl net.ipv4.ip_forward
printf 'garbage\nnet.ipv4.ip_forward = 0\n' | sysctl -p -
sysctl -p /proc/sys/net/ipv4/route/flush; echo rc=$?
sysctl -p /etc; echo rc=$?
sysctl -p /tmp/nonexistent-h9; echo rc=$?
sysctl -w net.netfilter.nf_conntrack_udp_timeout=8589934
sysctl -w net.netfilter.nf_conntrack_udp_timeout=8589935
sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=8589935
sysctl -w net.netfilter.nf_conntrack_icmp_timeout=-1
sysctl -w net.netfilter.nf_conntrack_icmp_timeout=-8589934
sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close=0x83126e
sysctl -w net.netfilter.nf_conntrack_tcp_timeout_close=0x83126f
sysctl -w net.netfilter.nf_conntrack_frag6_timeout=8589935
sysctl -w net.netfilter.nf_conntrack_sctp_timeout_established=8589935
sysctl -w net.netfilter.nf_conntrack_tcp_timeout_max_retrans=8589935
sysctl -w net.netfilter.nf_conntrack_generic_timeout=-8589935
sysctl net.netfilter.nf_conntrack_udp_timeout net.netfilter.nf_conntrack_icmp_timeout

# How the kernel reads written values: C base-0 numbers, no "+", per-key ranges (bools, u8s, minmax), read-only and write-only files
sysctl -w net.ipv4.ip_forward=0x1; sysctl -n net.ipv4.ip_forward
sysctl -w net.ipv4.ip_forward=010; sysctl -n net.ipv4.ip_forward
sysctl -w net.ipv4.ip_forward=+1; echo rc=$?
sysctl -w net.ipv4.ip_forward=08; echo rc=$?
sysctl -w net.ipv4.ip_forward=1.5; echo rc=$?
sysctl -w net.ipv4.ip_forward=-1; sysctl -w net.ipv4.ip_forward=0
sysctl -w net.ipv4.conf.all.rp_filter=2147483648; echo rc=$?
sysctl -w net.ipv4.conf.all.rp_filter=-2147483648 net.ipv4.conf.all.rp_filter=0
sysctl -w net.ipv4.ip_default_ttl=0; echo rc=$?
sysctl -w net.ipv4.ip_default_ttl=256; echo rc=$?
sysctl -w net.ipv4.ip_default_ttl=0x40; sysctl -n net.ipv4.ip_default_ttl
sysctl -w net.ipv4.ip_default_ttl=0100; sysctl -n net.ipv4.ip_default_ttl
sysctl -w "net.ipv4.ip_default_ttl=64 "; echo rc=$?
sysctl -w net.ipv4.ip_default_ttl=64abc; echo rc=$?
sysctl -w net.ipv4.tcp_syncookies=2 net.ipv4.tcp_syncookies=256 net.ipv4.tcp_syncookies=1; echo rc=$?
sysctl -w net.ipv4.icmp_echo_ignore_all=2; echo rc=$?
sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=1 net.ipv4.icmp_echo_ignore_all=1
sysctl -w net.netfilter.nf_conntrack_tcp_loose=2; echo rc=$?
sysctl -w net.netfilter.nf_conntrack_acct=1 net.netfilter.nf_conntrack_timestamp=1 net.netfilter.nf_conntrack_checksum=5; echo rc=$?
sysctl -w net.netfilter.nf_conntrack_log_invalid=255 net.netfilter.nf_conntrack_log_invalid=256; echo rc=$?
sysctl -w net.netfilter.nf_conntrack_events=3; echo rc=$?
sysctl -w net.bridge.bridge-nf-call-iptables=7; sysctl net.bridge.bridge-nf-call-iptables
sysctl -w net.bridge.bridge-nf-call-iptables=-1 net.bridge.bridge-nf-call-iptables=0; sysctl -n net.bridge.bridge-nf-call-iptables
sysctl -w net.ipv4.tcp_rmem="4096 87380 0x1000000"; sysctl net.ipv4.tcp_rmem
sysctl -w net.ipv4.ip_local_port_range="0x400 0xffff"; sysctl net.ipv4.ip_local_port_range
sysctl -w net.ipv4.ip_local_port_range="1024,65000"; echo rc=$?
sysctl -w net.ipv4.tcp_syn_retries=0; echo rc=$?
sysctl -w net.ipv4.tcp_syn_retries=127 net.ipv4.tcp_synack_retries=255
sysctl -w net.ipv4.tcp_tw_reuse=3; echo rc=$?
sysctl -w net.ipv4.tcp_ecn=2 net.ipv4.tcp_ecn=3; echo rc=$?
sysctl -w net.ipv4.ip_unprivileged_port_start=80 net.ipv4.ip_unprivileged_port_start=70000; echo rc=$?
sysctl -w net.ipv6.conf.all.hop_limit=0; echo rc=$?
sysctl -w net.ipv6.conf.lo.hop_limit=255 net.ipv6.conf.default.accept_untracked_na=3; echo rc=$?
sysctl -w net.core.somaxconn=-1; echo rc=$?
sysctl -w net.core.rmem_max=16777216 net.core.wmem_max=16777216; echo rc=$?
sysctl -w net.ipv4.conf.all.mc_forwarding=1; echo rc=$?
echo 1 > /proc/sys/net/ipv4/conf/lo/mc_forwarding; echo rc=$?
sysctl -w net.netfilter.nf_conntrack_expect_max=10 net.ipv4.tcp_allowed_congestion_control=reno; echo rc=$?
sysctl -w net.ipv4.route.flush=1; echo rc=$?
sysctl -w net.ipv4.route.flush=abc net.ipv6.route.flush=1; echo rc=$?
sysctl -w net.ipv6.route.flush=abc; echo rc=$?
sysctl net.ipv4.route.flush net.ipv4.ip_forward; echo rc=$?
sysctl -n net.ipv4.route.flush; echo rc=$?
echo 1 > /proc/sys/net/ipv4/route/flush; echo rc=$?
sysctl -a 2>/dev/null | grep -c 'route.flush'
echo > /proc/sys/net/ipv4/ip_forward; echo rc=$?
echo "   " > /proc/sys/net/ipv4/ip_forward; echo rc=$?
printf '' > /proc/sys/net/ipv4/ip_forward; echo rc=$?
echo 0x10 > /proc/sys/net/ipv4/ip_default_ttl; cat /proc/sys/net/ipv4/ip_default_ttl
echo 300 > /proc/sys/net/ipv4/ip_default_ttl; echo rc=$?
echo -5 > /proc/sys/net/ipv4/tcp_syncookies; echo rc=$?
echo 2 > /proc/sys/net/netfilter/nf_conntrack_tcp_be_liberal; echo rc=$?
cat /proc/sys/net/netfilter/nf_conntrack_tcp_be_liberal

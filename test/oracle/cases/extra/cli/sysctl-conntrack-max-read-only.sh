sysctl -w net.netfilter.nf_conntrack_max=100
echo 100 > /proc/sys/net/netfilter/nf_conntrack_max
sysctl net.netfilter.nf_conntrack_max

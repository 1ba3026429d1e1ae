sysctl net.ipv4.conf.lo.rp_filter
sysctl net.ipv4.conf.all.forwarding net.ipv4.ip_forward
sysctl -w net.ipv4.ip_forward=1 net.ipv4.conf.all.rp_filter=1
sysctl -n net.ipv4.ip_forward net.ipv4.conf.all.rp_filter
sysctl -e nosuch.key
sysctl net.ipv4.ip_forward=2
sysctl net.ipv4.ip_forward
sysctl -w net.ipv4.ip_forward= 
sysctl net.ipv4.conf.all.route_localnet=1
sysctl -p /nonexistent.conf
sysctl net.netfilter.nf_conntrack_max
sysctl net.ipv4.ip_local_port_range
sysctl -w "net.ipv4.ip_local_port_range=20000 30000"
sysctl net.ipv4.ip_local_port_range

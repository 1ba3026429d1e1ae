ip link add v0 type veth peer name v0p
sysctl -w net.ipv4.conf.all.forwarding=1
sysctl net.ipv4.ip_forward
sysctl net.ipv4.conf.v0.forwarding
sysctl net.ipv4.conf.default.forwarding
sysctl -w net.ipv4.conf.v0.forwarding=0
sysctl net.ipv4.ip_forward
sysctl -w net.ipv4.conf.default.forwarding=0
sysctl net.ipv4.conf.all.forwarding
sysctl -w net.ipv4.ip_forward=0
sysctl net.ipv4.conf.v0p.forwarding
sysctl net.ipv4.conf.lo.forwarding
sysctl -w net.ipv4.conf.v0.rp_filter=2
sysctl net.ipv4.conf.v0.rp_filter
sysctl -w net.ipv4.conf.v0.rp_filter=3
sysctl -w net.bridge.bridge-nf-call-iptables=0
sysctl net.bridge.bridge-nf-call-ip6tables
sysctl -w net.ipv4.conf.all.route_localnet=1
sysctl net.ipv4.conf.v0.route_localnet

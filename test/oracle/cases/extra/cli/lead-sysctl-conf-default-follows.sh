ip link add veth0 type veth peer name veth1
sysctl -w net.ipv4.conf.veth0.rp_filter=0
sysctl -w net.ipv4.conf.default.rp_filter=1
sysctl net.ipv4.conf.veth0.rp_filter net.ipv4.conf.veth1.rp_filter net.ipv4.conf.lo.rp_filter net.ipv4.conf.all.rp_filter
sysctl -w net.ipv4.conf.default.accept_local=1 net.ipv4.conf.default.route_localnet=1 net.ipv4.conf.default.log_martians=1
sysctl net.ipv4.conf.veth1.accept_local net.ipv4.conf.veth1.route_localnet net.ipv4.conf.lo.log_martians
sysctl -w net.ipv4.conf.default.forwarding=1
sysctl net.ipv4.conf.veth1.forwarding net.ipv4.conf.all.forwarding net.ipv4.ip_forward
sysctl -w net.ipv6.conf.default.accept_ra=0 net.ipv6.conf.default.forwarding=1 net.ipv6.conf.default.hop_limit=32
sysctl net.ipv6.conf.veth1.accept_ra net.ipv6.conf.veth1.forwarding net.ipv6.conf.veth1.hop_limit
sysctl -w net.ipv4.conf.default.arp_ignore=2
sysctl net.ipv4.conf.veth0.arp_ignore net.ipv4.conf.veth1.arp_ignore
sysctl -w net.ipv4.conf.default.rp_filter=2
sysctl net.ipv4.conf.veth0.rp_filter net.ipv4.conf.veth1.rp_filter
echo 0 > /proc/sys/net/ipv4/conf/veth1/send_redirects
sysctl -w net.ipv4.conf.default.send_redirects=0
sysctl -w net.ipv4.conf.default.send_redirects=1
sysctl net.ipv4.conf.veth1.send_redirects net.ipv4.conf.veth0.send_redirects
sysctl -w net.ipv4.conf.all.rp_filter=1
sysctl net.ipv4.conf.veth0.rp_filter net.ipv4.conf.default.rp_filter
ip link add veth2 type veth peer name veth3
sysctl net.ipv4.conf.veth2.rp_filter net.ipv4.conf.veth2.arp_ignore net.ipv4.conf.veth2.forwarding
ip netns add a
ip netns exec a sysctl -w net.ipv4.conf.default.rp_filter=1 net.ipv4.conf.default.log_martians=1 net.ipv4.conf.default.accept_local=1 net.ipv4.conf.default.arp_ignore=1 net.ipv4.conf.default.proxy_arp=1
ip netns exec a sysctl net.ipv4.conf.lo.rp_filter net.ipv4.conf.lo.log_martians net.ipv4.conf.lo.accept_local net.ipv4.conf.lo.arp_ignore net.ipv4.conf.lo.proxy_arp
ip link add w0 type veth peer name w1
ip link set w1 netns a
ip netns exec a sysctl net.ipv4.conf.w1.rp_filter net.ipv4.conf.w1.log_martians
ip netns exec a sysctl -w net.ipv4.conf.default.rp_filter=2
ip netns exec a sysctl net.ipv4.conf.w1.rp_filter net.ipv4.conf.lo.rp_filter
sysctl net.ipv4.conf.w0.log_martians net.ipv4.conf.w0.proxy_arp net.ipv4.conf.lo.proxy_arp
sysctl -w net.ipv4.conf.default.proxy_arp=1 net.ipv4.conf.default.log_martians=1 net.ipv4.conf.default.shared_media=0 net.ipv4.conf.default.secure_redirects=0 net.ipv4.conf.default.accept_redirects=0 net.ipv4.conf.default.bootp_relay=1 net.ipv4.conf.default.arp_filter=1 net.ipv4.conf.default.src_valid_mark=1 net.ipv4.conf.default.promote_secondaries=1 net.ipv4.conf.default.disable_policy=1 net.ipv4.conf.default.arp_announce=2 net.ipv4.conf.default.medium_id=3 net.ipv4.conf.default.mc_forwarding=1
sysctl -a 2>/dev/null | grep -E '^net.ipv4.conf.(w0|lo)\.(proxy_arp|log_martians|shared_media|secure_redirects|accept_redirects|bootp_relay|arp_filter|src_valid_mark|promote_secondaries|disable_policy|arp_announce|medium_id|mc_forwarding) '
ip link set veth1 name eth5
sysctl net.ipv4.conf.eth5.rp_filter net.ipv4.conf.eth5.send_redirects net.ipv4.conf.eth5.proxy_arp
sysctl -w net.ipv4.conf.default.rp_filter=0
sysctl net.ipv4.conf.eth5.rp_filter

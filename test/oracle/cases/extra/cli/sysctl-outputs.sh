sysctl net.ipv4.ip_forward
sysctl -n net.ipv4.ip_forward
sysctl -w net.ipv4.ip_forward=1
sysctl net.ipv4.ip_forward
sysctl net.ipv4.ip_forward=0
sysctl -w net.ipv4.conf.all.rp_filter=2
sysctl net.ipv4.conf.all.rp_filter
sysctl net.ipv4.conf.lo.route_localnet
sysctl net/ipv4/ip_forward
sysctl nosuch.key
sysctl -w nosuch.key=1
sysctl -w net.ipv4.ip_forward=abc
sysctl -n net.ipv4.conf.default.rp_filter
cat /proc/sys/net/ipv4/ip_forward
echo 1 > /proc/sys/net/ipv4/ip_forward
cat /proc/sys/net/ipv4/ip_forward
sysctl -w net.ipv4.ip_forward
sysctl -q -w net.ipv4.ip_forward=0

# conf/all/disable_ipv6 also sets default and every device (as all/forwarding does); default alone does not
sysctl net.ipv6.conf.all.disable_ipv6 net.ipv6.conf.default.disable_ipv6 net.ipv6.conf.lo.disable_ipv6
ip link add va type veth peer name vb
sysctl -w net.ipv6.conf.all.disable_ipv6=1
sysctl net.ipv6.conf.default.disable_ipv6 net.ipv6.conf.lo.disable_ipv6 net.ipv6.conf.va.disable_ipv6 net.ipv6.conf.vb.disable_ipv6
ip link add vc type veth peer name vd
sysctl net.ipv6.conf.vc.disable_ipv6
echo 0 > /proc/sys/net/ipv6/conf/all/disable_ipv6
cat /proc/sys/net/ipv6/conf/lo/disable_ipv6 /proc/sys/net/ipv6/conf/default/disable_ipv6 /proc/sys/net/ipv6/conf/vc/disable_ipv6
sysctl -w net.ipv6.conf.default.disable_ipv6=1
sysctl net.ipv6.conf.all.disable_ipv6 net.ipv6.conf.lo.disable_ipv6
ip link add ve type veth peer name vf
sysctl net.ipv6.conf.ve.disable_ipv6
sysctl -w net.ipv6.conf.va.disable_ipv6=1
sysctl net.ipv6.conf.all.disable_ipv6 net.ipv6.conf.vb.disable_ipv6
sysctl -w net.ipv6.conf.all.forwarding=1
sysctl net.ipv6.conf.va.forwarding net.ipv6.conf.default.forwarding
sysctl -w net.ipv6.conf.all.accept_ra=0
sysctl net.ipv6.conf.default.accept_ra net.ipv6.conf.lo.accept_ra

# procps' slashdot: keys written with slashes, mixed separators, doubled separators (warned), directories, 2>&1 order
sysctl net/ipv4/ip_forward
sysctl -w net/ipv4/conf/all/rp_filter=2
sysctl net.ipv4/conf.lo.rp_filter; echo rc=$?
sysctl net.ipv4.conf.lo/rp_filter; echo rc=$?
sysctl -w net.ipv4/conf.all.rp_filter=1; echo rc=$?
sysctl -w net/ipv4/conf/all.rp_filter=1; echo rc=$?
sysctl net..ipv4.ip_forward; echo rc=$?
sysctl net//ipv4/ip_forward; echo rc=$?
sysctl net/ipv4//ip_forward
sysctl net.ipv4//ip_forward; echo rc=$?
sysctl net//ipv4.ip_forward; echo rc=$?
sysctl -n net//ipv4/ip_forward
sysctl -N net//ipv4//ip_forward
sysctl .net.ipv4.ip_forward
sysctl -w .net.ipv4.ip_forward=1
sysctl -w net//ipv4/ip_forward=0
sysctl -w net..ipv4..ip_forward=0
sysctl -w net//ipv4//ip_forward=0
sysctl net.ipv4.ip_forward.; echo rc=$?
sysctl -w net.ipv4.ip_forward.=1; echo rc=$?
sysctl net/ipv4/conf/lo/rp_filter///; echo rc=$?
sysctl net.ipv4.conf.lo | head -3
sysctl net/ipv4/route
sysctl net//ipv4/route 2>&1
sysctl -N net.ipv4.conf.default | wc -l
sysctl -w net.ipv4.conf=1; echo rc=$?
sysctl -w net.ipv4.conf.lo=1 net.ipv4.ip_forward=1; echo rc=$?
sysctl net/ipv4/conf/lo//rp_filter net/ipv4/conf/lo/rp_filter 2>&1
sysctl net.ipv4.ip_forward nope.nope net.ipv4.conf.all.forwarding 2>&1
sysctl -w net.ipv4.ip_forward=0 nope.nope=1 net.ipv4.ip_default_ttl=0 net.ipv4.conf.all.forwarding=0 2>&1
sysctl -r forward net.ipv4.conf.lo 2>&1

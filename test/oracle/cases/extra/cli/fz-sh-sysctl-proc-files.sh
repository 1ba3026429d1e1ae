echo abc > /proc/sys/net/ipv4/ip_forward
echo 5 > /proc/sys/net/ipv4/ip_forward; cat /proc/sys/net/ipv4/ip_forward
echo -n 1 > /proc/sys/net/ipv4/ip_forward; cat /proc/sys/net/ipv4/ip_forward
printf '0\n' | tee /proc/sys/net/ipv4/ip_forward
echo 1 >> /proc/sys/net/ipv4/ip_forward; cat /proc/sys/net/ipv4/ip_forward
echo "1 2" > /proc/sys/net/ipv4/ip_forward; cat /proc/sys/net/ipv4/ip_forward
echo 100 > /proc/sys/net/netfilter/nf_conntrack_max
cat /proc/sys/net/ipv4/conf/lo/forwarding
echo 1 > /proc/sys/net/ipv4/conf/nosuch/forwarding
ls /proc/sys/net/ipv4/ | grep -c ip_
ls /proc/sys/net/ipv4/conf/all | head -3
cat /proc/sys/net/ipv4/ip_local_port_range
cat /proc/sys/net/ipv4/tcp_rmem
sysctl -w net.ipv4.tcp_rmem="4096 87380 6291456"
sysctl net.ipv4.tcp_rmem
cat > /tmp/99.conf <<'EOF'
# comment
net.ipv4.ip_forward=1
  net.ipv4.conf.all.rp_filter = 1  
net.ipv4.ip_local_port_range = 2000 3000
net.ipv4.conf.default.rp_filter =
bogus line
-net.ipv4.nonexist = 1
net.ipv4.nonexist2 = 1
EOF
sysctl -p /tmp/99.conf; echo rc=$?
sysctl -q -p /tmp/99.conf; echo rc=$?
sysctl -e -p /tmp/99.conf; echo rc=$?
sysctl -p/tmp/99.conf | head -2
sysctl --load=/tmp/99.conf | tail -1
sysctl -p /tmp/99.conf /tmp/nofile; echo rc=$?
sysctl -N -a 2>/dev/null | grep -c '^net.ipv4.conf.lo'
sysctl -a -N -r 'ip_forward$'
sysctl -a --pattern '^net.ipv4.conf.lo.rp'
sysctl -b net.ipv4.ip_forward; echo
sysctl net.ipv4.conf.all.forwarding=1 >/dev/null; sysctl -n net.ipv4.ip_forward net.ipv4.conf.lo.forwarding net.ipv4.conf.default.forwarding
sysctl -w net.ipv4.ip_forward=0 >/dev/null; sysctl -n net.ipv4.conf.all.forwarding net.ipv4.conf.lo.forwarding
echo "0 x" > /proc/sys/net/ipv4/ip_forward; cat /proc/sys/net/ipv4/ip_forward
sysctl -w net.ipv4.ip_forward="1 2"; sysctl -n net.ipv4.ip_forward
sysctl -w net.ipv4.ip_local_port_range="3000 4000 5000"; sysctl net.ipv4.ip_local_port_range

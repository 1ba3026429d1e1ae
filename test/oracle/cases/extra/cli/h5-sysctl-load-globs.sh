# sysctl -p with systemd-style glob keys: matches in glob order, overrides and "-key" exclusions skipped; file globs; no globbing on the command line
ip link add v1 type veth peer name v2
cat > /tmp/90-net.conf <<'EOF'
# hardening, as in many sysctl.d snippets
net.ipv4.conf.*.rp_filter = 1
-net.ipv4.conf.lo.rp_filter
net.ipv4.conf.v1.rp_filter = 2
net.ipv4.conf.v?.accept_redirects = 0
net.ipv4.conf.[!ad]*.send_redirects = 0
net.ipv6.conf.*.forwarding=1
EOF
sysctl -p /tmp/90-net.conf; echo rc=$?
grep . /proc/sys/net/ipv4/conf/*/rp_filter /proc/sys/net/ipv4/conf/*/send_redirects
sysctl -q -p /tmp/90-net.conf; echo rc=$?
sysctl --dry-run -p /tmp/90-net.conf | head -3
cat > /tmp/91-more.conf <<'EOF'
net.netfilter.nf_conntrack_*_timeout = 45
-net.netfilter.nf_conntrack_gre_timeout
net.ipv4.conf.nosuch*.forwarding = 1
EOF
sysctl -p /tmp/91-more.conf; echo rc=$?
sysctl -p '/tmp/9*.conf' | wc -l
sysctl -p '/tmp/none*.conf'; echo rc=$?
sysctl -w 'net.ipv4.conf.*.rp_filter=0'; echo rc=$?
sysctl 'net.ipv4.conf.*.rp_filter'; echo rc=$?
printf 'net.ipv4.ip_forward = 1\nbogus\n' > /tmp/92-bad.conf
sysctl -p /tmp/92-bad.conf; echo rc=$?

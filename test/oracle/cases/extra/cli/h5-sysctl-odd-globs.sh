# malformed glob keys and file names in sysctl -p, an invalid -r regex, overlong numbers
printf 'net.ipv4.conf.[.rp_filter=1\nnet.ipv4.conf.a(l.rp_filter=1\nnet.ipv4.conf.[ad]*.rp_filter=2\nnet.ipv4.conf.\\*.x=1\n' > /tmp/x.conf
sysctl -p /tmp/x.conf; echo rc=$?
sysctl -w 'net.ipv4.conf.[.rp_filter=1'
sysctl -p '/tmp/[x.conf'
sysctl -r '(' -a | head -2
sysctl -w net.ipv4.ip_forward=99999999999999999999999
echo 0x > /proc/sys/net/ipv4/ip_forward
sysctl -w net.ipv4.ip_local_reserved_ports=1-2-3

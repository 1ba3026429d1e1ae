sysctl -Z; echo rc=$?
sysctl --d net.ipv4.ip_forward
sysctl --dr -w net.ipv4.ip_forward=1
sysctl --version
sysctl --vers
sysctl --al | grep -c 'ip_forward '
sysctl --all=x | head -2
sysctl net.ipv4.ip_forward -n
sysctl net.ipv4.ip_forward=0 -q; echo rc=$?
sysctl --pattern
sysctl -r
sysctl -r 'ip_f' net.ipv4.ip_forward=0 net.ipv4.conf.all.rp_filter=1
sysctl -N -q net.ipv4.ip_forward
sysctl -w a; echo rc=$?
sysctl -w =1; echo rc=$?
sysctl -w -- net.ipv4.ip_forward=1
sysctl -n -N net.ipv4.ip_forward
sysctl -w net.ipv4.ip_forward
sysctl -w net.ipv4.ip_forward = 1
sysctl -w net.ipv4.ip_forward= 1
sysctl -w ' net.ipv4.ip_forward = 0 '
sysctl -e -w net.nosuch=1; echo rc=$?
sysctl net.nosuch net.other; echo rc=$?
sysctl -w -net.nosuch=1; echo rc=$?
sysctl -h | wc -l
sysctl --help | head -3
sysctl -p

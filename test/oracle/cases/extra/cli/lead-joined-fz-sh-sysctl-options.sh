# fz-sh-sysctl-options with legacy tables present and every command's stderr joined to its stdout (2>&1).
iptables-legacy -N LEGACYX; ip6tables-legacy -N LEGACYX
sysctl -Z; echo rc=$? 2>&1
sysctl --d net.ipv4.ip_forward 2>&1
sysctl --dr -w net.ipv4.ip_forward=1 2>&1
sysctl --version 2>&1
sysctl --vers 2>&1
sysctl --al | grep -c 'ip_forward ' 2>&1
sysctl --all=x | head -2 2>&1
sysctl net.ipv4.ip_forward -n 2>&1
sysctl net.ipv4.ip_forward=0 -q; echo rc=$? 2>&1
sysctl --pattern 2>&1
sysctl -r 2>&1
sysctl -r 'ip_f' net.ipv4.ip_forward=0 net.ipv4.conf.all.rp_filter=1 2>&1
sysctl -N -q net.ipv4.ip_forward 2>&1
sysctl -w a; echo rc=$? 2>&1
sysctl -w =1; echo rc=$? 2>&1
sysctl -w -- net.ipv4.ip_forward=1 2>&1
sysctl -n -N net.ipv4.ip_forward 2>&1
sysctl -w net.ipv4.ip_forward 2>&1
sysctl -w net.ipv4.ip_forward = 1 2>&1
sysctl -w net.ipv4.ip_forward= 1 2>&1
sysctl -w ' net.ipv4.ip_forward = 0 ' 2>&1
sysctl -e -w net.nosuch=1; echo rc=$? 2>&1
sysctl net.nosuch net.other; echo rc=$? 2>&1
sysctl -w -net.nosuch=1; echo rc=$? 2>&1
sysctl -h | wc -l 2>&1
sysctl --help | head -3 2>&1
sysctl -p 2>&1

iptables -A OUTPUT -m cgroup --cgroup 1 -j ACCEPT
iptables -A OUTPUT -m cgroup ! --cgroup 0x10 -j ACCEPT
iptables -A OUTPUT -m cgroup --path /nosuch -j ACCEPT
iptables -A OUTPUT -m cgroup --path / -j ACCEPT
iptables -A OUTPUT -m cgroup --path / --cgroup 1 -j ACCEPT
iptables -A OUTPUT -m cgroup -j ACCEPT
iptables -A INPUT -m cgroup --cgroup 1 -j ACCEPT
iptables -A FORWARD -m cgroup --cgroup 1 -j ACCEPT
iptables -A INPUT -m u32 --u32 "0" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0=" -j ACCEPT
iptables -A INPUT -m u32 --u32 "=5" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0<5=1" -j ACCEPT
iptables -A INPUT -m u32 ! --u32 "6&0xFF=6 && 0>>22&0x3C@0>>16=80,443:444" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0=1 2" -j ACCEPT
iptables -S
iptables -L -n

ip6tables-legacy -A INPUT -f -j ACCEPT
ip6tables-legacy -A INPUT --fragment -j ACCEPT
ip6tables-legacy -A INPUT ! -f -j ACCEPT
ip6tables-legacy -A INPUT --frag -j ACCEPT
ip6tables -A INPUT -f -j ACCEPT
ip6tables -A INPUT --fragment -j ACCEPT
ip6tables -A INPUT --frag -j ACCEPT
ip6tables-legacy -A INPUT --src ::1 -j ACCEPT
ip6tables-legacy -A INPUT --dst ::1 -j ACCEPT
ip6tables-legacy -A INPUT --ipv4 -j ACCEPT
ip6tables-legacy -A INPUT --ipv6 -j ACCEPT
ip6tables-legacy -A INPUT -b -j ACCEPT
ip6tables -A INPUT -b -j ACCEPT
iptables-legacy -A INPUT -b -j ACCEPT
ip6tables-legacy -A INPUT -M /bin/true -j ACCEPT
ip6tables-legacy --wait-interval 1 -L -n
ip6tables-legacy -W 1 -L -n
ip6tables-legacy --check INPUT -j ACCEPT
ip6tables-legacy -C INPUT --ipv6 -j ACCEPT
ip6tables-legacy --list-rules INPUT
ip6tables-legacy --line -L INPUT
ip6tables-legacy --set-counters 1 2 -A INPUT -j ACCEPT
ip6tables-legacy --set 1 2 -A INPUT -j ACCEPT
ip6tables-legacy --modprobe /bin/true -S INPUT
ip6tables-legacy -S INPUT
iptables-legacy --fragment -A INPUT
iptables-legacy -S INPUT
ip6tables-legacy --f
ip6tables-legacy --f INPUT
ip6tables-legacy --fr -A INPUT
iptables-legacy --f
ip6tables --f
ip6tables-legacy --fragments -A INPUT

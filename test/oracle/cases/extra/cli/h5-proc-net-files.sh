# /proc/net files scripts read besides iptables' own: route, dev, arp, if_inet6, ipv6_route, and the netfilter ones
cat /proc/net/route
cat /proc/net/dev
cat /proc/net/arp
cat /proc/net/if_inet6
cat /proc/net/ipv6_route | wc -l
cat /proc/net/nf_conntrack; echo rc=$?
cat /proc/net/nf_conntrack_expect; echo rc=$?
cat /proc/net/arp_tables_names; echo rc=$?
ls /proc/net/netfilter /proc/net/stat
head -1 /proc/net/stat/nf_conntrack
ip link add v1 type veth peer name v2
ip addr add 10.9.0.1/24 dev v1
ip link set v1 up
ip route add 10.10.0.0/16 via 10.9.0.2
ip route add 10.9.0.77 dev v1
ip route add default via 10.9.0.254 metric 50
ip route add blackhole 10.6.0.0/16
ip route add unreachable 10.7.0.0/16
ip route add prohibit 10.8.0.0/16 metric 7
ip route add 172.16.0.0/12 via 10.9.0.9 table 100
cat /proc/net/route
awk 'NR>1 {print $1, $2, $3, $4, $7, $8}' /proc/net/route
grep -c . /proc/net/route
cat /proc/net/dev
awk -F: 'NR>2 {gsub(/ /, "", $1); print $1}' /proc/net/dev
ip link set v1 name uplink0
cut -f1 /proc/net/route | sort -u
ip neigh add 10.9.0.7 lladdr 02:00:00:00:00:07 dev uplink0
ip neigh add 10.9.0.8 lladdr 02:00:00:00:00:08 dev uplink0 nud reachable
cat /proc/net/arp | sort
ip link set lo down
cat /proc/net/if_inet6; echo rc=$?
cat /proc/net/ipv6_route | wc -l
ip link set lo up
sysctl -qw net.ipv6.conf.lo.disable_ipv6=1
cat /proc/net/if_inet6 | wc -l
sysctl -qw net.ipv6.conf.lo.disable_ipv6=0
cat /proc/net/if_inet6
ip route flush table main
cat /proc/net/route

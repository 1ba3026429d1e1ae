# Guides say "see the help": per-protocol and per-extension help, man-style lookups, version checks, and the modules list guides grep
iptables -p icmp -h | tail -45
iptables -p tcp --help | tail -15
iptables -m conntrack --help | tail -12
iptables -j LOG --help | tail -12
iptables -j REJECT -h | tail -12
iptables -m limit -h | tail -6
iptables -m recent --help | tail -20
iptables -j DNAT --help | tail -8
iptables -t nat -j MASQUERADE -h | tail -7
ip6tables -p icmpv6 -h | tail -40
iptables -V
iptables --version
iptables-save -V
iptables-restore --version
ip6tables -V
iptables -h | head -20
iptables -m nosuch -h
iptables -j NOSUCH -h
iptables -p nosuch -h
cat /proc/net/ip_tables_names
cat /proc/net/ip_tables_matches | sort
cat /proc/net/ip_tables_targets | sort
iptables -A INPUT -m conntrack --ctstate NEW -j ACCEPT
iptables -t nat -A POSTROUTING -j MASQUERADE
cat /proc/net/ip_tables_names

# lesson: conntrack
# claim: nf_conntrack_max cannot be changed from inside a network namespace.
# shows: sysctl: setting key "net.netfilter.nf_conntrack_max": Invalid argument
iptables -A INPUT -m conntrack --ctstate INVALID -j DROP
sysctl -w net.netfilter.nf_conntrack_max=1000

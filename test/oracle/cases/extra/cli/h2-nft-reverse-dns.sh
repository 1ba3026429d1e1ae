# nft -N names IPv4 host addresses from /etc/hosts (IPv6 ones stay numeric); -u and -T change nothing here
iptables -A INPUT -s 127.0.0.1 -d 127.0.0.0/8 -j ACCEPT
ip6tables -A INPUT -s ::1 -d ff02::1 -j ACCEPT
nft -N list ruleset
nft -u list ruleset
nft -T list ruleset
iptables -A INPUT ! -s 127.0.0.1 -d 10.0.0.1 -j ACCEPT
iptables -A INPUT -s 127.0.1.1 -d 127.0.0.1/32 -j ACCEPT
nft -N list chain ip filter INPUT
nft -N -j list chain ip filter INPUT
cat /etc/hosts

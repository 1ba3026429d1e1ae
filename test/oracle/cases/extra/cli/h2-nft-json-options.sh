# nft -j with -p, -n, -S, -y, -a, -s: JSON keeps numbers and names as nft's options say
ip6tables -A INPUT -p ipv6-icmp -j ACCEPT
ip6tables -A INPUT -p tcp --dport 22 -j ACCEPT
ip6tables -A INPUT -s ::1 -j ACCEPT
iptables -A INPUT -s 127.0.0.1 -p udp --dport 53 -j ACCEPT
nft -j -p list ruleset
nft -j -n list ruleset
nft -j -S list ruleset
nft -j -y list chains
nft -j -a -s list ruleset ip

iptables-legacy -A INPUT -s 10.9.9.9 -j DROP
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ip6tables -A INPUT -p ipv6-icmp -j ACCEPT
ip6tables -P INPUT DROP
nft list tables
nft flush table ip nat
iptables -t nat -S
nft list table ip nat
nft flush chain ip6 filter INPUT
ip6tables -S
nft delete table ip6 filter
ip6tables -S
ip6tables-save
nft list ruleset ip6
nft flush ruleset
iptables-legacy -S
iptables-legacy-save | grep -v '^#'
iptables-nft-save
iptables -L
nft list ruleset
iptables -A INPUT -j ACCEPT
ip6tables -A INPUT -j ACCEPT
nft list tables
nft -a list tables
nft flush ruleset ip
nft list tables
nft flush ruleset ip6
iptables -S
ip6tables -S

# nft list warns while it prints xt matches: connlabel.conf is missing (each rule), and owner/tos looked up for the second family "not supported" (each rule); -m state is the conntrack match
ip6tables -A OUTPUT -m owner --uid-owner 0 -j ACCEPT
ip6tables -A INPUT -m tos --tos 0x10 -j ACCEPT
ip6tables -A INPUT -m connlabel --label 1 -j ACCEPT
ip6tables -A INPUT -m state --state ESTABLISHED -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner 0 -j ACCEPT
iptables -A OUTPUT -p tcp -m owner --gid-owner 5 --dport 22 -j ACCEPT
iptables -A INPUT -m tos --tos 0x10 -j ACCEPT
iptables -A INPUT -m connlabel --label 1 -m connlabel --label 2 -j ACCEPT
nft list ruleset
nft list ruleset 2>&1
nft list table ip filter
nft list ruleset ip6 2>&1
nft -j list chain ip6 filter INPUT

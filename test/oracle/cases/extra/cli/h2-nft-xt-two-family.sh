# nft list over both families: a libxt module holding IPv4 and IPv6 targets (NAT, TEE, TPROXY, TCPMSS, HMARK, DSCP) serves only the family it was first looked up for; the other family's targets print as nothing with "XT target X not found"
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ip6tables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -t nat -A PREROUTING -p tcp --dport 80 -j REDIRECT --to-ports 8080
ip6tables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination [2001:db8::1]:8080
nft list ruleset
nft list ruleset 2>&1
nft list table ip6 nat
nft -a list ruleset ip6
nft -j list table ip6 nat | head -c 300; echo
nft flush ruleset
ip6tables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
ip6tables -t mangle -A PREROUTING -j TEE --gateway 2001:db8::1
ip6tables -t mangle -A PREROUTING -j DSCP --set-dscp-class EF
ip6tables -A INPUT -j REJECT --reject-with icmp6-adm-prohibited
iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables -t mangle -A PREROUTING -j TEE --gateway 10.0.0.1
iptables -t mangle -A PREROUTING -j DSCP --set-dscp-class EF
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark
iptables -A INPUT -j REJECT --reject-with icmp-host-prohibited
nft list ruleset
nft -a list ruleset 2>&1
nft list table ip mangle

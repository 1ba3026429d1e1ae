# nft list with iptables' and ebtables' pkttype matches: one nft run loads one pkttype module, so ebtables' rules listed after an iptables one print its form
iptables -A INPUT -m pkttype --pkt-type broadcast -j ACCEPT
ebtables -A INPUT --pkttype-type multicast -j ACCEPT
ebtables -A INPUT --pkttype-type ! host -j ACCEPT
ebtables -A INPUT --pkttype-type host -j ACCEPT
ebtables -A INPUT --pkttype-type otherhost -j ACCEPT
ebtables -A INPUT --pkttype-type ! broadcast -j ACCEPT
ebtables -t nat -A OUTPUT --pkttype-type broadcast -j ACCEPT
nft list ruleset
nft list table bridge filter
nft list ruleset bridge
nft list tables
nft delete table ip filter
iptables -A INPUT -m pkttype --pkt-type ! multicast -j ACCEPT
nft list ruleset

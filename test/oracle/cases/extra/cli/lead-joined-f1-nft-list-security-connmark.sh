# f1-nft-list-security-connmark with legacy tables present and every command's stderr joined to its stdout (2>&1).
iptables-legacy -N LEGACYX; ip6tables-legacy -N LEGACYX
iptables -t security -A INPUT -j ACCEPT 2>&1
iptables -t security -P FORWARD DROP 2>&1
iptables -t mangle -A PREROUTING -j CONNMARK --or-mark 4 2>&1
iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark 5/7 2>&1
iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 0:0 2>&1
nft list ruleset 2>&1

# -Z CHAIN N on a missing chain: iptables-nft prints strerror of a stale errno, set by the last of its per-chain cache fetches in strcmp order (the named chain and the table's built-in ones): errno 0 'Incompatible with this kernel' when that last chain exists, else ENOENT 'Bad rule'
iptables -Z NOPE 1; echo rc=$?
iptables -P OUTPUT ACCEPT; iptables -Z NOPE 1; echo rc=$?
iptables -P FORWARD ACCEPT; iptables -Z NOPE 1; echo rc=$?
iptables -P INPUT ACCEPT; iptables -Z NOPE 1; echo rc=$?
iptables -N USER; iptables -Z NOPE 1; echo rc=$?
iptables -F; iptables -X; iptables -Z NOPE 1; echo rc=$?
nft delete chain ip filter OUTPUT; iptables -Z NOPE 1; echo rc=$?; nft list ruleset
nft delete chain ip filter FORWARD; iptables -Z NOPE 1; echo rc=$?
nft delete chain ip filter INPUT; nft add chain ip filter OUTPUT '{ type filter hook output priority 0; }'; iptables -Z NOPE 1; echo rc=$?
nft delete table ip filter; nft add table ip filter; iptables -Z NOPE 1; echo rc=$?
nft add chain ip filter FORWARD '{ type filter hook forward priority 0; }'; iptables -Z NOPE 1; echo rc=$?
nft add chain ip filter USER; iptables -Z NOPE 1; echo rc=$?
nft add chain ip filter INPUT '{ type filter hook input priority 0; }'; iptables -Z NOPE 1; echo rc=$?
iptables -t mangle -P INPUT ACCEPT; iptables -t mangle -Z NOPE 1; echo rc=$?
iptables -t mangle -P PREROUTING ACCEPT; iptables -t mangle -Z NOPE 1; echo rc=$?
iptables -t mangle -P POSTROUTING ACCEPT; iptables -t mangle -Z NOPE 1; echo rc=$?
nft delete chain ip mangle PREROUTING; iptables -t mangle -Z NOPE 1; echo rc=$?
iptables -t raw -P OUTPUT ACCEPT; iptables -t raw -Z NOPE 1; echo rc=$?
ip6tables -P FORWARD ACCEPT; ip6tables -Z NOPE 1; echo rc=$?
ip6tables -P INPUT ACCEPT; ip6tables -Z NOPE 1; echo rc=$?
iptables -P OUTPUT DROP; iptables -Z web 1; echo rc=$?; iptables -Z Zed 1; echo rc=$?; iptables -Z LOG 1; echo rc=$?; iptables -Z OUTPUT 3; echo rc=$?
ip6tables -P OUTPUT ACCEPT; ip6tables -Z NOPE 2; echo rc=$?; ip6tables -Z PAST 2; echo rc=$?
iptables -t nat -A POSTROUTING -j ACCEPT; iptables -t nat -Z ABC 1; echo rc=$?; iptables -t nat -A PREROUTING -j ACCEPT; iptables -t nat -Z ABC 1; echo rc=$?; iptables -t nat -Z QUEUE 1; echo rc=$?
iptables -Z NOPE 1 -v; echo rc=$?; iptables -Z INPUT 5; echo rc=$?; iptables -Z USER 1; echo rc=$?

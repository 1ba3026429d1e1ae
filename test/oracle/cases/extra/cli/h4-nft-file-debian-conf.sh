iptables -P FORWARD DROP
iptables -A INPUT -s 192.168.0.0/16 -j ACCEPT
cat /etc/nftables.conf
cp /etc/nftables.conf /tmp/fw.nft
nft -c -f /tmp/fw.nft
nft list ruleset
nft -f /tmp/fw.nft
nft list ruleset
nft -a list ruleset
iptables -S
iptables-save
iptables -A INPUT -j ACCEPT
nft list tables
printf 'table inet filter {\n\tchain input {\n\t\ttype filter hook inptu priority 0;\n\t}\n}\n' > /tmp/bad.nft
nft -f /tmp/bad.nft
printf 'table ip6 t {\n  chain c {\n    type filter hook input priority 0\n    policy drop\n  }\n  chain d {\n  }\n}\n' > /tmp/ok.nft
nft -f /tmp/ok.nft
nft list table ip6 t
printf 'table inet filter {\n\tchain input {\n\t\ttype nat hook forward priority 0;\n\t}\n}\n' > /tmp/bad2.nft
nft -f /tmp/bad2.nft
printf 'flush ruleset\n' > /tmp/flush.nft
nft -f /tmp/flush.nft
nft list ruleset
iptables -S

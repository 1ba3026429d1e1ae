# -t inside a restore file: the error names the restore program as invoked (nft) / its family's name
printf -- '*filter\n-t nat -A OUTPUT -j ACCEPT\nCOMMIT\n' | iptables-nft-restore
printf -- '*filter\n-t nat -A OUTPUT -j ACCEPT\nCOMMIT\n' | ip6tables-restore
printf -- '*filter\n-t nat -A OUTPUT -j ACCEPT\nCOMMIT\n' | ip6tables-nft-restore
printf -- '*filter\n-t nat -A OUTPUT -j ACCEPT\nCOMMIT\n' | iptables-legacy-restore
printf -- '*filter\n-t nat -A OUTPUT -j ACCEPT\nCOMMIT\n' | ip6tables-legacy-restore
printf -- '*filter\n-t nat -A OUTPUT -j ACCEPT\nCOMMIT\n' | xtables-nft-multi iptables-nft-restore
printf -- '*filter\n-A INPUT -t nat -j ACCEPT\nCOMMIT\n' | iptables-restore
# (and legacy restore checks extra file arguments before the lone --wait-interval)
iptables-legacy-restore -W 100 /tmp/nope /tmp/nope
iptables-legacy-restore -W 100 /tmp/nope

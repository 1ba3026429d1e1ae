# fz-rst-restore-options with legacy tables present and every command's stderr joined to its stdout (2>&1).
iptables-legacy -N LEGACYX; ip6tables-legacy -N LEGACYX
# iptables-restore options and the names its messages use (nft: as invoked; legacy: getopt only)
iptables-restore -4 < /dev/null 2>&1
iptables-restore -6 < /dev/null 2>&1
iptables-restore --ipv4 < /dev/null 2>&1
iptables-legacy-restore -4 < /dev/null 2>&1
ip6tables-restore -6 < /dev/null 2>&1
iptables-restore -b < /dev/null 2>&1
iptables-restore --table < /dev/null 2>&1
iptables-restore --test=1 < /dev/null 2>&1
iptables-nft-restore -x < /dev/null 2>&1
iptables-nft-restore --bogus < /dev/null 2>&1
iptables-nft-restore -T < /dev/null 2>&1
xtables-nft-multi iptables-nft-restore -x < /dev/null 2>&1
iptables-legacy-restore -x < /dev/null 2>&1
ip6tables-legacy-restore -x < /dev/null 2>&1
ip6tables-nft-restore -x < /dev/null 2>&1
iptables-nft-restore -V 2>&1
printf '*filter\n' | iptables-nft-restore 2>&1
printf '*filter\n' | ip6tables-nft-restore 2>&1
printf 'garbage\n' | iptables-nft-restore 2>&1
printf '*bogus\n' | iptables-nft-restore 2>&1
printf '*filter\n-A INPUT -s 2001:db8::1\nCOMMIT\n' | iptables-nft-restore 2>&1
printf '*filter\n' | iptables-legacy-restore 2>&1
iptables-restore -w x < /dev/null 2>&1
iptables-legacy-restore -w /tmp/nope < /dev/null 2>&1
iptables-legacy-restore -W < /dev/null 2>&1
iptables-legacy-restore -W 100 < /dev/null 2>&1
iptables-restore -W /tmp/nope < /dev/null 2>&1
iptables-restore /tmp 2>&1
iptables-legacy-restore /tmp 2>&1
iptables-restore /tmp/nope 2>&1
printf '*filter\n:web\nCOMMIT\n' | ip6tables-restore 2>&1
printf '*filter\n:\nCOMMIT\n' | ip6tables-restore 2>&1
printf '*filter\n:web\nCOMMIT\n' | iptables-nft-restore 2>&1
printf '*filter\n-L\nCOMMIT\n' | iptables-legacy-restore 2>&1
printf '*filter\n-S\nCOMMIT\n' | iptables-restore 2>&1
iptables-restore --ver 2>&1

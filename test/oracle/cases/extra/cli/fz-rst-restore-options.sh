# iptables-restore options and the names its messages use (nft: as invoked; legacy: getopt only)
iptables-restore -4 < /dev/null
iptables-restore -6 < /dev/null
iptables-restore --ipv4 < /dev/null
iptables-legacy-restore -4 < /dev/null
ip6tables-restore -6 < /dev/null
iptables-restore -b < /dev/null
iptables-restore --table < /dev/null
iptables-restore --test=1 < /dev/null
iptables-nft-restore -x < /dev/null
iptables-nft-restore --bogus < /dev/null
iptables-nft-restore -T < /dev/null
xtables-nft-multi iptables-nft-restore -x < /dev/null
iptables-legacy-restore -x < /dev/null
ip6tables-legacy-restore -x < /dev/null
ip6tables-nft-restore -x < /dev/null
iptables-nft-restore -V
printf '*filter\n' | iptables-nft-restore
printf '*filter\n' | ip6tables-nft-restore
printf 'garbage\n' | iptables-nft-restore
printf '*bogus\n' | iptables-nft-restore
printf '*filter\n-A INPUT -s 2001:db8::1\nCOMMIT\n' | iptables-nft-restore
printf '*filter\n' | iptables-legacy-restore
iptables-restore -w x < /dev/null
iptables-legacy-restore -w /tmp/nope < /dev/null
iptables-legacy-restore -W < /dev/null
iptables-legacy-restore -W 100 < /dev/null
iptables-restore -W /tmp/nope < /dev/null
iptables-restore /tmp
iptables-legacy-restore /tmp
iptables-restore /tmp/nope
printf '*filter\n:web\nCOMMIT\n' | ip6tables-restore
printf '*filter\n:\nCOMMIT\n' | ip6tables-restore
printf '*filter\n:web\nCOMMIT\n' | iptables-nft-restore
printf '*filter\n-L\nCOMMIT\n' | iptables-legacy-restore
printf '*filter\n-S\nCOMMIT\n' | iptables-restore
iptables-restore --ver

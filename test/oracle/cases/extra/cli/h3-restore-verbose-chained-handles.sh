# iptables-nft-restore -v restores in a row (and with --noflush and flushing ones between) before nft -a lists the handles
iptables -P INPUT DROP
iptables -A INPUT -j ACCEPT
printf '*filter\n-N A\n-A OUTPUT -j A\nCOMMIT\n' | iptables-restore -v
printf '*filter\n-N B\n-A INPUT -j B\nCOMMIT\n' | iptables-restore -v
printf '*filter\n-A FORWARD -j ACCEPT\nCOMMIT\n' | iptables-restore --noflush
printf '*filter\n-N C\n-A OUTPUT -j C\nCOMMIT\n' | iptables-restore -v
nft -a list table ip filter
printf '*filter\n-A OUTPUT -j ACCEPT\nCOMMIT\n' | iptables-restore
printf '*filter\n-A OUTPUT -j DROP\nCOMMIT\n' | iptables-restore -v
nft -a list table ip filter
nft -a list tables

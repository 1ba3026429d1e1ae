iptables -V
iptables-save -V
iptables-restore -V
iptables-legacy -V
iptables-nft -V
iptables-legacy-save -V
ip6tables -V
iptables -h | head -5
iptables-save -h
iptables-restore -h

which iptables iptables-save iptables-restore iptables-legacy ip6tables ip sysctl ss
type ss iptables
command -v ss iptables-nft xtables-nft-multi
iptables-legacy -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p tcp --dport 80 -j ACCEPT
iptables -L INPUT -n
iptables-legacy -L INPUT -n
iptables-nft -S INPUT
xtables-nft-multi iptables -S INPUT
xtables-legacy-multi iptables -S INPUT
xtables-legacy-multi iptables-save | grep -v '^#'
iptables-legacy -F INPUT
iptables -L INPUT -n

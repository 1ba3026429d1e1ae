which iptables ip6tables iptables-save iptables-restore iptables-legacy
type iptables
command -v iptables-nft
ls -l /usr/sbin/iptables /usr/sbin/ip6tables /usr/sbin/iptables-nft
readlink -f /usr/sbin/iptables
readlink /etc/alternatives/iptables
update-alternatives --query iptables | head -n 4
update-alternatives --list iptables
ls /usr/sbin/ | grep -c tables
ls /usr/sbin/ | grep '^ip6\?tables' | head -n 30
iptables-apply --help 2>&1 | head -n 3
xtables-nft-multi iptables -S
xtables-legacy-multi iptables -S
xtables-nft-multi; echo rc=$?
xtables-nft-multi bogus; echo rc=$?
iptables-nft-restore --help 2>&1 | head -n 3
nft --version
iptables -V; ip6tables-nft -V; iptables-legacy-save -V
ebtables -V; arptables -V
cat /proc/net/ip_tables_names
cat /proc/sys/net/ipv4/ip_forward
lsmod | grep -c nf_tables

# The /etc/alternatives chain behind iptables on Debian 12, and which backend the plain names run
readlink /usr/sbin/iptables
readlink /etc/alternatives/iptables
readlink /usr/sbin/iptables-nft
readlink /usr/sbin/iptables-legacy
readlink -f /usr/sbin/iptables
readlink -f $(which iptables)
readlink -f /usr/sbin/ip6tables-restore
readlink -f /usr/sbin/iptables-legacy-save
readlink -f /usr/sbin/ebtables
readlink -f /sbin/arptables-save
realpath /usr/sbin/iptables-save
readlink /usr/sbin/ip6tables-apply
readlink /usr/sbin/xtables-monitor
readlink /usr/sbin/iptables-translate
readlink /usr/sbin/iptables-apply; echo rc=$?
readlink /etc/hosts; echo rc=$?
which iptables ip6tables iptables-save iptables-legacy
type iptables
command -v ip6tables-restore
ls -l /usr/sbin/iptables /usr/sbin/ip6tables-save | awk '{print $1, $2, $3, $4, $5, $9, $10, $11}'
ls -l /etc/alternatives/ | grep -- '->' | grep tables | awk '{print $1, $5, $9, $10, $11}'
ls -l /usr/sbin/ | grep -- '->' | grep tables | awk '{print $1, $5, $9, $10, $11}'
ls -ld /usr/sbin/iptables-nft | awk '{print $1, $NF}'
ls /etc/alternatives | grep tables
iptables -V
iptables-save -V
iptables-restore -V
ip6tables -V
/usr/sbin/iptables -V
/usr/sbin/iptables-legacy -V
readlink /sbin /bin
readlink /etc/sysctl.d/99-sysctl.conf
readlink -f /bin/../sbin/iptables-restore

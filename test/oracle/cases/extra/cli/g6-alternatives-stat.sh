# stat/readlink on the alternatives links, running a program through /etc/alternatives, and dpkg's admin files
stat -c '%N' /usr/sbin/iptables /etc/alternatives/iptables /usr/sbin/iptables-nft
stat -c '%F %s %h %U %G %a %A' /usr/sbin/iptables /usr/sbin/xtables-nft-multi
stat -L -c '%F %s %n' /usr/sbin/iptables
stat -c %N /sbin
/etc/alternatives/iptables -V
/etc/alternatives/iptables-save -V
type -a iptables
which -a iptables
cat /var/lib/dpkg/alternatives/ebtables
ls /var/lib/dpkg/alternatives | grep tables
update-alternatives --display iptables | grep currently
realpath /etc/alternatives/ip6tables
readlink -e /usr/sbin/iptables-nope; echo rc=$?
readlink -f /usr/sbin/iptables /usr/sbin/iptables-legacy
readlink /usr/sbin/iptables /usr/sbin/xtables-nft-multi; echo rc=$?
readlink -n /usr/sbin/iptables; echo
readlink -v /usr/sbin/xtables-nft-multi; echo rc=$?
cat /var/lib/dpkg/alternatives/iptables
cat /var/lib/dpkg/alternatives/arptables
test -d /var/lib/dpkg/alternatives && echo dir
readlink -f /etc/alternatives/../../usr/sbin/ip6tables

# Debian 12's merged /usr: /sbin/iptables is the same link as /usr/sbin/iptables; cd keeps the logical path
ls -l /sbin/iptables /sbin/iptables-legacy /bin/../sbin/ip6tables | awk '{print $1, $5, $9, $10, $11}'
ls /sbin/ | grep -c tables
ls -l /sbin/xtables-nft-multi | awk '{print $1, $5, $9}'
readlink /sbin/iptables-save /sbin
stat -c '%N %F' /sbin/iptables /sbin
ls -ld /sbin /bin | awk '{print $1, $9, $10, $11}'
test -x /sbin/iptables && echo x
/sbin/iptables -V
echo '#!/bin/sh' > /tmp/t.sh; chmod +x /tmp/t.sh; ls -l /tmp/t.sh | awk '{print $1, $5, $9}'
cd /sbin && ls -l iptables | awk '{print $1, $9, $10, $11}' && pwd
cd /usr/sbin && readlink -f iptables && readlink iptables-legacy

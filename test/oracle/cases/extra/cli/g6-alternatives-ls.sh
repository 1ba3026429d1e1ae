# How guides check the backend: ls -l on the iptables files, test -L/-x, and the multi-call binaries
ls -l /usr/sbin/iptables*
ls -l /usr/sbin/ip6tables*
ls -l /usr/sbin/xtables*
ls -l /usr/sbin/iptables /usr/sbin/iptables-nft /usr/sbin/xtables-nft-multi
ls /usr/sbin/ | grep -E '^(ip6?|arp|eb|x)tables'
ls -l /usr/sbin/arptables* /usr/sbin/ebtables* | grep -v -- '->'
ls -ld /etc/alternatives/iptables* | awk '{print $1, $5, $9, $10, $11}'
test -L /usr/sbin/iptables && echo link
[ -h /etc/alternatives/ip6tables ] && echo link
[ -L /usr/sbin/xtables-nft-multi ] || echo not-a-link
[ -x /usr/sbin/iptables ] && echo executable
[ -e /usr/sbin/iptables-legacy ] && echo exists
[ -f /usr/sbin/iptables ] && echo regular-after-following
[[ -L /usr/sbin/iptables-save ]] && echo link
ls -lL /usr/sbin/iptables | awk '{print $1, $5}'
basename $(readlink -f /usr/sbin/iptables)
if readlink -f /usr/sbin/iptables | grep -q nft; then echo "nft backend"; else echo "legacy backend"; fi
iptables --version | grep -o '(.*)'

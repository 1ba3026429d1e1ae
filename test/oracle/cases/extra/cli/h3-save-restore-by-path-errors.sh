# iptables-save/-restore run by path: getopt's messages name them by that path
/usr/sbin/iptables-save --bogus
/usr/sbin/ip6tables-save -x
/usr/sbin/iptables-legacy-save --bogus
/sbin/iptables-restore -x
/usr/sbin/iptables-restore-translate --bogus
/usr/sbin/iptables-restore -T
/usr/sbin/iptables-legacy-restore -T
/usr/sbin/iptables-save -t
/usr/sbin/iptables-save -h
/usr/sbin/iptables-restore-translate -V
/usr/sbin/iptables-restore -V
ip netns add n1
ip netns exec n1 /usr/sbin/iptables-restore -T
/usr/sbin/iptables-save -t filter | head -2 | tail -1
/usr/sbin/iptables-nft-restore --bogus
/usr/sbin/iptables-legacy-save -x

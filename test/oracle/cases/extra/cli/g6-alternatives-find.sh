# find -type l/f, ls -F/--color and test -s on the iptables family's links and binaries
find /usr/sbin -name 'iptables*' | sort
find /usr/sbin -name 'ip6tables*' -type l | sort
find /usr/sbin -name 'xtables*' -type f
find /etc/alternatives -name '*tables*' -type l | sort
ls -F /usr/sbin | grep tables
ls -1 /etc/alternatives | grep tables
ls -la /usr/sbin/iptables-legacy | cut -d' ' -f1,9-
ls -l --color=never /usr/sbin/iptables | awk '{print $NF}'
test -s /usr/sbin/iptables && echo nonempty
[ /usr/sbin/iptables -ef /usr/sbin/iptables-nft ] && echo same
ls -l /etc/alternatives/iptables /etc/alternatives/ip6tables | awk '{print $NF}'

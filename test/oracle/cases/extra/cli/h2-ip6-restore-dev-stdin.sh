# Restore files given as /dev/stdin (and its /dev/fd/0, /proc/self/fd/0 names) read the pipe
printf '*filter\n-A INPUT -p icmpv6 --icmpv6-type 1 -j ACCEPT\nCOMMIT\n' | ip6tables-restore-translate -f /dev/stdin | tail -n +2
printf '*filter\n-A INPUT -p icmpv6 --icmpv6-type 1 -j ACCEPT\nCOMMIT\n' | ip6tables-restore /dev/stdin
printf '*filter\n-A INPUT -p icmpv6 --icmpv6-type 2 -j ACCEPT\nCOMMIT\n' | ip6tables-restore -n /dev/fd/0
printf '*filter\n-A INPUT -p icmpv6 --icmpv6-type 3 -j ACCEPT\nCOMMIT\n' | ip6tables-restore -n /proc/self/fd/0
printf '*filter\n-A INPUT -s 10.0.0.1 -j ACCEPT\nCOMMIT\n' | ip6tables-restore --test /dev/stdin
printf '*filter\n-A INPUT -s 10.0.0.1 -j ACCEPT\nCOMMIT\n' | iptables-legacy-restore /dev/stdin
ip6tables -S
iptables-legacy-save | grep -v '^#'
echo hi | cat /dev/stdin
printf 'a\nb\n' | wc -l /dev/stdin
echo hi | cat /dev/fd/0
ip6tables-save | ip6tables-restore-translate -f /dev/stdin | tail -n +2

# iptables-translate: a space between matches unless the next starts with one (time), rpfilter --validmark/--accept-local, SYNPROXY --ecn, comments and prefixes that look like options, bare cgroup, ipcomp's full range, and a '!' argument kept in the echo
iptables-translate -A INPUT -m time --timestart 08:00
iptables-translate -A INPUT -p tcp -m time --timestart 08:00
iptables-translate -A INPUT -p tcp --dport 5 -m time --timestart 08:00
iptables-translate -A INPUT -s 1.2.3.4 -m time --timestart 08:00
iptables-translate -A INPUT -i eth0 -m time --timestart 08:00
iptables-translate -A INPUT -m time --timestart 08:00 -m cpu --cpu 1
iptables-translate -A INPUT -m cpu --cpu 1 -m time --timestart 08:00 -m cpu --cpu 2
iptables-translate -A INPUT -m comment --comment x -m time --timestart 08:00
iptables-translate -A INPUT -m time --weekdays Mon
iptables-translate -A INPUT -m cpu --cpu 1 -m time --weekdays Mon
iptables-translate -A INPUT -m time --weekdays Mon -m time --timestart 08:00
iptables-translate -A INPUT -m time --datestart 2020-01-01 --timestart 08:00 --weekdays Mon
iptables-translate -A INPUT -m cpu --cpu 1 -m time --datestart 2020-01-01
iptables-translate -A INPUT -m time --timestart 08:00 -j ACCEPT
iptables-translate -A INPUT -m rpfilter
iptables-translate -A INPUT -m rpfilter --validmark
iptables-translate -A INPUT -m rpfilter --loose --validmark
iptables-translate -A INPUT -m rpfilter --accept-local
iptables-translate -A INPUT -m rpfilter --invert --accept-local
iptables-translate -A INPUT -m rpfilter --loose --invert --accept-local --validmark
iptables-translate -A INPUT -m rpfilter --invert
ip6tables-translate -A INPUT -m rpfilter --validmark --accept-local
ip6tables-translate -A INPUT -m rpfilter --loose
ip6tables-translate -A INPUT -p tcp -j SYNPROXY --ecn --mss 5
iptables-translate -A INPUT -p tcp -j SYNPROXY --ecn --sack-perm --timestamp --wscale 3 --mss 5
iptables-translate -A INPUT -m comment --comment "--dash" -j ACCEPT
iptables-translate -A INPUT -m comment --comment "-d" -j ACCEPT
iptables-translate -A INPUT -m comment --comment "!" -j ACCEPT
iptables-translate -A INPUT -m comment --comment "-" -j ACCEPT
iptables-translate -A INPUT -j LOG --log-prefix "--x"
iptables-translate -A INPUT -j LOG --log-prefix "!"
iptables-translate -A INPUT -m cgroup --cgroup ' 5'
iptables-translate -A INPUT -m cgroup --cgroup 0x10
iptables-translate -A INPUT -m cgroup ! --cgroup 010
iptables-translate -A INPUT -m ipcomp --ipcompspi :
iptables-translate -A INPUT -m ipcomp --ipcompspi 5:
iptables-translate -A INPUT -m ipcomp --ipcompspi :5
iptables-translate -A INPUT -m ipcomp --ipcompspi 5:5
iptables-translate -t mangle -A PREROUTING -j SECMARK --selctx '!'
ip6tables-translate -A INPUT -m cgroup -m cgroup --cgroup 5
iptables-translate -A INPUT -m cgroup -m cgroup --cgroup 5
iptables-translate -A INPUT -m cgroup --cgroup 5 -m cgroup
iptables-translate -A INPUT -m cgroup --path /

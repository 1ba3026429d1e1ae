# getopt_long: '--=x' names every long option (an ambiguous prefix, shown with the whole word), and each iptables-save lists its options in its own table order
iptables --=x; echo rc=$?
iptables-legacy-restore --=x; echo rc=$?
iptables-restore --=x < /dev/null; echo rc=$?
ip6tables-save --=x; echo rc=$?
iptables-save --=x
iptables-legacy-save --=x
ip6tables-legacy-save --=x
ip6tables-save --ver=1
iptables-legacy-restore --wait-i=1 --ve=2

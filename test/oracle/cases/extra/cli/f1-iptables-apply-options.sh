iptables-apply -V
iptables-apply --help | head -3
iptables-apply -x
iptables-apply --bogus
iptables-apply /nonexistent
iptables-apply
iptables-apply -t
iptables-apply -t x /nonexistent
iptables-apply -w
iptables-apply -c
iptables-apply -c /nonexistent
ip6tables-apply /nonexistent
ip6tables-apply -V
iptables-apply -h -V
iptables-apply -V -h
iptables-apply a b
xtables-monitor -V
xtables-monitor --version
xtables-monitor -x
xtables-monitor --bogus
xtables-monitor -h -V
xtables-monitor a
xtables-nft-multi xtables-monitor -V
xtables-monitor --help

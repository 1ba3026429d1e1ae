iptables -m nosuch -h
iptables -j NOSUCH -h
iptables -h | wc -l
iptables --help | tail -n 3
iptables-restore --help | head -n 3

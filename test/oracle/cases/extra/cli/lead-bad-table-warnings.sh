# an extension's missing-module warning is printed before the unknown-table error
iptables -t NAT -D INPUT --jump ULOG
ip6tables -t bogus -A INPUT -j ULOG
iptables -t bogus -A INPUT -m ipvs --ipvs -j ACCEPT

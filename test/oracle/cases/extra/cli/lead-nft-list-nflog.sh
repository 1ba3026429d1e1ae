iptables -A INPUT -j NFLOG
iptables -A INPUT -j NFLOG --nflog-group 5
iptables -A INPUT -j NFLOG --nflog-prefix "p1" --nflog-group 3 --nflog-size 128
iptables -A INPUT -j NFLOG --nflog-threshold 4 --nflog-size 64 --nflog-prefix "p2"
iptables -A INPUT -j NFLOG --nflog-group 2 --nflog-range 100
iptables -A INPUT -p tcp -j NFLOG --nflog-group 1 --nflog-threshold 2
nft list chain ip filter INPUT
iptables-translate -A INPUT -j NFLOG --nflog-threshold 4 --nflog-size 64 --nflog-prefix "p2" --nflog-group 9
iptables -S INPUT
iptables -L INPUT -n
ip6tables -A OUTPUT -j NFLOG --nflog-prefix "six" --nflog-group 7 --nflog-threshold 3
nft list table ip6 filter
nft -j list chain ip filter INPUT
iptables -N LOGONLY
iptables -A LOGONLY -j LOG --log-prefix "l: "
nft list chain ip filter LOGONLY
iptables -t nat -A POSTROUTING -j NFLOG --nflog-group 4
nft list table ip nat

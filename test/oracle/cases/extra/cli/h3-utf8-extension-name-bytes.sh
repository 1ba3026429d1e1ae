iptables -A FORWARD -m physdev --physdev-in üüüüüüüü -j ACCEPT
iptables -A FORWARD -m physdev --physdev-out üüüüüüüü -j ACCEPT
iptables -A FORWARD -m physdev --physdev-in üüüüüüü -j ACCEPT
iptables -t mangle -A PREROUTING -j TEE --gateway 1.2.3.4 --oif üüüüüüüü
iptables -t mangle -A PREROUTING -j TEE --gateway 1.2.3.4 --oif üüüüüüü
iptables -A INPUT -m helper --helper üüüüüüüü -j ACCEPT
iptables -A INPUT -m helper --helper üüüüüüüüüüüüüüüü -j ACCEPT
iptables -t raw -A PREROUTING -p tcp -j CT --helper üüüüüüüü
iptables -A INPUT -m set --match-set üüüüüüüüüüüüüüüü src -j ACCEPT
iptables -A INPUT -m set --match-set üüüüüüüüüüüüüüü src -j ACCEPT
iptables -A INPUT -j SET --add-set üüüüüüüüüüüüüüüü src
iptables -A INPUT -m recent --name üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü --set
iptables -A INPUT -m recent --name üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü --set
iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü -j ACCEPT
iptables -A INPUT -m rateest --rateest üüüüüüüü --rateest-bps1 1 --rateest-gt --rateest-bps2 1 -j ACCEPT
iptables -A INPUT -j RATEEST --rateest-name üüüüüüüü --rateest-interval 1 --rateest-ewmalog 2
iptables -A INPUT -j RATEEST --rateest-name üüüüüüüüüüüüüüüü --rateest-interval 1 --rateest-ewmalog 2
iptables -A INPUT -j LOG --log-prefix üüüüüüüüüüüüüüx
iptables -A INPUT -j NFLOG --nflog-prefix üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü
iptables -A INPUT -j NFLOG --nflog-prefix üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüx
iptables -A OUTPUT -m cgroup --path üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner üüüüüüüü -j ACCEPT
iptables -A INPUT -m devgroup --src-group üüüüüüüü -j ACCEPT
iptables -A INPUT -m realm --realm üüüüüüüü -j ACCEPT
iptables -A INPUT -m connlabel --label üüüüüüüü -j ACCEPT
iptables -A INPUT -m string --algo üüüüüüüü --string x -j ACCEPT
iptables -S
ebtables -N üüüüüüüüüüüüüüüü
ebtables -N üüüüüüüüüüüüüüü
ebtables -A INPUT -i üüüüüüüü -j ACCEPT
ebtables -A INPUT --logical-in üüüüüüüü -j ACCEPT
ebtables -L
arptables -N üüüüüüüüüüüüüüüü
arptables -A INPUT -i üüüüüüüü -j ACCEPT
arptables -L
iptables -A INPUT -j RATEEST --rateest-name abcdefghijklmnopqrst --rateest-interval 1 --rateest-ewmalog 2
iptables -A INPUT -j RATEEST --rateest-name abcdefghijklmnü --rateest-interval 1 --rateest-ewmalog 2
iptables -L INPUT
iptables -A INPUT -m rateest --rateest abcdefghijklmnopqrst --rateest-bps1 1 --rateest-gt --rateest-bps2 1 -j ACCEPT
iptables -A INPUT -m rateest --rateest1 abcdefghijklmno --rateest2 abcdefghijklmnopq --rateest-bps1 1 --rateest-gt --rateest-bps2 1 -j ACCEPT
iptables -S INPUT
arptables -N üüüüüüüüüüüüüü
arptables -E üüüüüüüüüüüüüü üüüüüüüüüüüüüüü
arptables -L

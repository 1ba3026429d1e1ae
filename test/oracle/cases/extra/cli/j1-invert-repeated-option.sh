# xtables_option_parse refuses an option given twice before it refuses "!" on an option that cannot be inverted
iptables -t mangle -A PREROUTING -j MARK --set-mark 1 ! --set-mark 2
iptables -A INPUT -j LOG --log-prefix a ! --log-prefix b
iptables -A INPUT -m limit --limit 1/s ! --limit 2/s
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4 ! --to-destination 1.2.3.5
iptables -A INPUT -j NFLOG --nflog-group 1 ! --nflog-group 2
iptables -A INPUT -m comment --comment a ! --comment b
iptables -A INPUT -m statistic --mode nth --every 2 ! --every 3
iptables -t mangle -A PREROUTING -j TOS --set-tos 1 ! --set-tos 2
iptables -A INPUT -j REJECT --reject-with tcp-reset ! --reject-with icmp-port-unreachable
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 1 ! --set-mark 1
iptables -A INPUT -m hashlimit --hashlimit-name a --hashlimit-upto 1/s ! --hashlimit-name b
iptables -A INPUT -j IDLETIMER --timeout 5 --label l ! --timeout 5
iptables -A INPUT -j IDLETIMER --timeout 5 ! --label l
iptables-legacy -t mangle -A PREROUTING -j HMARK --hmark-mod 2 --hmark-rnd 1 ! --hmark-rnd 1
ip6tables -t mangle -A PREROUTING -j DNPT --src-pfx fd00::/64 --dst-pfx fd01::/64 ! --src-pfx fd00::/64
ip6tables-legacy -t mangle -A PREROUTING -m cluster --cluster-total-nodes 2 --cluster-local-node 1 ! --cluster-total-nodes 2
iptables -A INPUT -j LED --led-trigger-id l ! --led-trigger-id l
iptables-restore <<'EOF2'
*mangle
-A POSTROUTING -j RATEEST --rateest-name r --rateest-interval 1s --rateest-ewmalog 2s ! --rateest-name r
COMMIT
EOF2
iptables-legacy-restore <<'EOF2'
*filter
-A INPUT -m limit --limit 1/s ! --limit 2/s
COMMIT
EOF2
iptables -S

iptables-translate -A cali-fw-cali123 -m comment --comment "cali:def" -j MARK --set-xmark 0x0/0x10000
iptables-translate -A X -m comment --comment c -j MARK --set-xmark 0x10/0x10
iptables-translate -A X -j MARK --set-xmark 0x10/0x30 -m comment --comment c
iptables-translate -t mangle -A X -m comment --comment c -j MARK --set-mark 0x1/0x3
iptables-translate -A X -m comment --comment c -j MARK --or-mark 5
iptables-translate -A KUBE-POSTROUTING -j MARK --set-xmark 0x4000/0x0
iptables-translate -A X -m comment --comment c -j NFLOG
iptables-translate -A X -m comment --comment "ulog" -j NFLOG --nflog-prefix p --nflog-group 2 --nflog-size 100 --nflog-threshold 3
iptables-translate -A X -j NFLOG --nflog-group 5
iptables-translate -A X -m comment --comment c -j NFQUEUE
iptables-translate -A X -m comment --comment c -j NFQUEUE --queue-balance 1:3
iptables-translate -A X -m comment --comment c -j NFQUEUE --queue-num 2 --queue-bypass
iptables-translate -A X -m comment --comment c -j NFQUEUE --queue-balance 0:3 --queue-cpu-fanout
iptables-translate -A X -m comment --comment c -j NFQUEUE --queue-balance 0:3 --queue-cpu-fanout --queue-bypass
iptables-translate -A X -p tcp -m comment --comment c -j SYNPROXY --sack-perm --timestamp --mss 1460 --wscale 7
iptables-translate -A X -p tcp -m comment --comment c -j SYNPROXY
iptables-translate -A X -p tcp -j SYNPROXY --mss 1400
ip6tables-translate -A X -m comment --comment c -j MARK --set-mark 7
ip6tables-translate -A X -m comment --comment c -j NFLOG --nflog-group 1
iptables-translate -A X -m comment --comment c -j CONNMARK --set-xmark 0x0/0x10000
iptables-translate -A X -m comment --comment c -j LOG --log-prefix "x "
iptables-restore-translate <<'X'
*mangle
:PREROUTING ACCEPT [0:0]
:KUBE-MARK - [0:0]
-A KUBE-MARK -m comment --comment "mark for masquerade" -j MARK --set-xmark 0x4000/0x4000
-A PREROUTING -m comment --comment "log it" -j NFLOG --nflog-group 9
-A PREROUTING -j MARK --set-mark 1
COMMIT
X

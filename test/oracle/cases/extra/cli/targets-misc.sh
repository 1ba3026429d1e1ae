iptables -t mangle -A PREROUTING -j TTL --ttl-set 64
iptables -t mangle -A PREROUTING -j TTL --ttl-dec 1
iptables -t mangle -A PREROUTING -j TOS --set-tos 0x10
iptables -t mangle -A PREROUTING -j DSCP --set-dscp 10
iptables -t mangle -A PREROUTING -j DSCP --set-dscp-class EF
iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 1:10
iptables -A INPUT -j NFLOG --nflog-group 5 --nflog-prefix test
iptables -A INPUT -j NFQUEUE --queue-num 3
iptables -A INPUT -j NFQUEUE --queue-balance 0:3 --queue-bypass
iptables -t mangle -S
iptables -S INPUT
iptables -L INPUT -n

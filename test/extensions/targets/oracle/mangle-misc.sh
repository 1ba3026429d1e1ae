# TCPMSS, CLASSIFY, DSCP, TOS, TTL, NFQUEUE, NFLOG.
iptables -t mangle -A FORWARD -p tcp -j TCPMSS --set-mss 1400
iptables -t mangle -A FORWARD -p tcp -j TCPMSS --clamp-mss-to-pmtu
iptables -t mangle -A OUTPUT -p tcp -j TCPMSS --clamp-mss-to-pmtu
iptables -t mangle -A POSTROUTING -p tcp -j TCPMSS --clamp-mss-to-pmtu
iptables -t mangle -A PREROUTING -p tcp -j TCPMSS --clamp-mss-to-pmtu
iptables -t mangle -A INPUT -p tcp -j TCPMSS --clamp-mss-to-pmtu
iptables -t mangle -A PREROUTING -p tcp -j TCPMSS --set-mss 1300
iptables -t mangle -A FORWARD -p tcp -j TCPMSS --set-mss 1300 --clamp-mss-to-pmtu
iptables -t mangle -A FORWARD -p tcp -j TCPMSS --clamp-mss-to-pmtu --set-mss 1300
iptables -t mangle -A FORWARD -p tcp -j TCPMSS --set-mss 65515
iptables -t mangle -A FORWARD -p tcp -j TCPMSS --set-mss 65516
iptables -t mangle -A FORWARD -p tcp -j TCPMSS
iptables -t mangle -A FORWARD -j TCPMSS --set-mss 1400
iptables -t mangle -A FORWARD ! -p tcp -j TCPMSS --set-mss 1400
iptables -A FORWARD -p tcp -j TCPMSS --set-mss 1000
iptables -t nat -A POSTROUTING -p tcp -j TCPMSS --set-mss 1000
iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 1:10
iptables -t mangle -A FORWARD -j CLASSIFY --set-class 0xff:abc
iptables -t mangle -A OUTPUT -j CLASSIFY --set-class " 2:3x"
iptables -t mangle -A OUTPUT -j CLASSIFY --set-class 1
iptables -t mangle -A OUTPUT -j CLASSIFY
iptables -t mangle -A PREROUTING -j CLASSIFY --set-class 1:1
iptables -t mangle -A INPUT -j CLASSIFY --set-class 1:1
iptables -A OUTPUT -j CLASSIFY --set-class 1:1
iptables -t mangle -A PREROUTING -j DSCP --set-dscp 10
iptables -t mangle -A PREROUTING -j DSCP --set-dscp 0x3f
iptables -t mangle -A PREROUTING -j DSCP --set-dscp-class af41
iptables -t mangle -A PREROUTING -j DSCP --set-dscp-class ef-x
iptables -t mangle -A PREROUTING -j DSCP --set-dscp-class cs10
iptables -t mangle -A PREROUTING -j DSCP --set-dscp 64
iptables -t mangle -A PREROUTING -j DSCP --set-dscp-class foo
iptables -t mangle -A PREROUTING -j DSCP --set-dscp 1 --set-dscp-class EF
iptables -t mangle -A PREROUTING -j DSCP
iptables -A INPUT -j DSCP --set-dscp 1
iptables -t mangle -A PREROUTING -j TOS --set-tos 0x10
iptables -t mangle -A PREROUTING -j TOS --set-tos Minimize-Delay
iptables -t mangle -A PREROUTING -j TOS --set-tos normal-service
iptables -t mangle -A PREROUTING -j TOS --set-tos 0x08/0x3f
iptables -t mangle -A PREROUTING -j TOS --set-tos 0x04/0x0f
iptables -t mangle -A PREROUTING -j TOS --and-tos 0x0f
iptables -t mangle -A PREROUTING -j TOS --or-tos 0x10
iptables -t mangle -A PREROUTING -j TOS --xor-tos 0x02
iptables -t mangle -A PREROUTING -j TOS --set-tos 0x100
iptables -t mangle -A PREROUTING -j TOS --set-tos 0x10/
iptables -t mangle -A PREROUTING -j TOS --set-tos 0x10x
iptables -t mangle -A PREROUTING -j TOS --set-tos foo
iptables -t mangle -A PREROUTING -j TOS --and-tos 256
iptables -t mangle -A PREROUTING -j TOS
iptables -A INPUT -j TOS --set-tos 0x10
iptables -t mangle -A PREROUTING -j TTL --ttl-set 64
iptables -t mangle -A PREROUTING -j TTL --ttl-dec 1
iptables -t mangle -A PREROUTING -j TTL --ttl-inc 2
iptables -t mangle -A PREROUTING -j TTL --ttl-dec 0
iptables -t mangle -A PREROUTING -j TTL --ttl-set 256
iptables -t mangle -A PREROUTING -j TTL --ttl-set 1 --ttl-inc 1
iptables -t mangle -A PREROUTING -j TTL
iptables -A INPUT -j TTL --ttl-set 5
iptables -A INPUT -j NFQUEUE
iptables -A INPUT -j NFQUEUE --queue-num 3
iptables -A INPUT -j NFQUEUE --queue-num 4 --queue-bypass
iptables -A INPUT -j NFQUEUE --queue-balance 2:5 --queue-bypass --queue-cpu-fanout
iptables -A INPUT -j NFQUEUE --queue-balance :3
iptables -A INPUT -j NFQUEUE --queue-balance 5:2
iptables -A INPUT -j NFQUEUE --queue-balance 5
iptables -A INPUT -j NFQUEUE --queue-balance 1:2:3
iptables -A INPUT -j NFQUEUE --queue-balance 1:x
iptables -A INPUT -j NFQUEUE --queue-cpu-fanout
iptables -A INPUT -j NFQUEUE --queue-num 1 --queue-balance 2:3
iptables -A INPUT -j NFQUEUE --queue-num 70000
iptables -A INPUT -j NFLOG
iptables -A INPUT -j NFLOG --nflog-group 5 --nflog-prefix "hi there" --nflog-size 128 --nflog-threshold 3
iptables -A INPUT -j NFLOG --nflog-threshold 1
iptables -A INPUT -j NFLOG --nflog-threshold 0
iptables -A INPUT -j NFLOG --nflog-group 0
iptables -A INPUT -j NFLOG --nflog-size 0
iptables -A INPUT -j NFLOG --nflog-prefix 0123456789012345678901234567890123456789012345678901234567890123456789
iptables -A INPUT -j NFLOG --nflog-prefix ""
iptables -A INPUT -j NFLOG --nflog-range 64
iptables -A INPUT -j NFLOG --nflog-range 64 --nflog-size 3
iptables -A INPUT -j NFLOG --nflog-group 65536
iptables -t mangle -S
iptables -t mangle -L
iptables -t mangle -L -n
iptables -S
iptables -L
iptables -t nat -S

# Mangle recipes from tethering, PPPoE and QoS guides: TTL/HL set and inc, TCPMSS clamp (and without a SYN match), DSCP and TOS marks and matches, CLASSIFY
iptables -t mangle -A POSTROUTING -j TTL --ttl-set 65
iptables -t mangle -A PREROUTING -j TTL --ttl-inc 1
iptables -t mangle -A POSTROUTING -o wlan0 -j TTL --ttl-set 64
iptables -t mangle -A POSTROUTING -j TTL --ttl-set 256
iptables -t mangle -A POSTROUTING -j TTL --ttl-dec 0
iptables -t filter -A OUTPUT -j TTL --ttl-set 65
ip6tables -t mangle -A POSTROUTING -j HL --hl-set 65
ip6tables -t mangle -A POSTROUTING -j TTL --ttl-set 65
iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables -t mangle -A FORWARD -o ppp0 -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1452
iptables -t mangle -A FORWARD -p tcp -j TCPMSS --clamp-mss-to-pmtu
iptables -t mangle -A FORWARD -j TCPMSS --set-mss 1400
iptables -t mangle -A FORWARD -p tcp --syn -j TCPMSS --set-mss 1400 --clamp-mss-to-pmtu
iptables -t mangle -A FORWARD -p tcp --syn -j TCPMSS
iptables -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables -t mangle -A POSTROUTING -p udp --dport 5060 -j DSCP --set-dscp-class EF
iptables -t mangle -A POSTROUTING -p tcp --dport 22 -j DSCP --set-dscp 0x2e
iptables -t mangle -A POSTROUTING -p tcp --dport 22 -j DSCP --set-dscp-class ef
iptables -t mangle -A POSTROUTING -p tcp --dport 22 -j DSCP --set-dscp-class XX
iptables -t mangle -A POSTROUTING -p tcp --dport 22 -j DSCP --set-dscp 64
iptables -t mangle -A PREROUTING -p tcp --sport 22 -j TOS --set-tos Minimize-Delay
iptables -t mangle -A PREROUTING -p tcp --dport 20 -j TOS --set-tos Maximize-Throughput
iptables -t mangle -A PREROUTING -p tcp --dport 25 -j TOS --set-tos 0x10/0x3f
iptables -t mangle -A PREROUTING -m tos --tos Minimize-Delay -j ACCEPT
iptables -t mangle -A PREROUTING -m dscp --dscp-class AF41 -j ACCEPT
iptables -t mangle -A PREROUTING -m dscp --dscp 46 -j ACCEPT
iptables -t mangle -A POSTROUTING -o eth0 -p tcp --sport 80 -j CLASSIFY --set-class 1:10
iptables -t mangle -A POSTROUTING -o eth0 -j CLASSIFY --set-class 1:
iptables -t mangle -L -n -v
iptables -t mangle -S
ip6tables -t mangle -S

ip6tables -t mangle -A PREROUTING -j ACCEPT
ip6tables -t mangle -A INPUT -j ACCEPT
ip6tables -t mangle -A FORWARD -j ACCEPT
ip6tables -t mangle -A OUTPUT -j ACCEPT
ip6tables -t mangle -A POSTROUTING -j ACCEPT
ip6tables-save -t mangle
ip6tables -t mangle -L -n
iptables -t mangle -A PREROUTING -p tcp --dport 22 -j TOS --set-tos Minimize-Delay
iptables -t mangle -A PREROUTING -p tcp --dport 80 -j DSCP --set-dscp 10
iptables -t mangle -A PREROUTING -p tcp --dport 443 -j DSCP --set-dscp-class AF41
iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1400
iptables -t mangle -A POSTROUTING -o eth0 -j TTL --ttl-set 64
iptables -t mangle -A POSTROUTING -o eth1 -j TTL --ttl-inc 1
iptables -t mangle -A POSTROUTING -o eth2 -j TTL --ttl-dec 1
iptables -t mangle -A OUTPUT -p udp -j MARK --set-mark 0x10/0xff
iptables -t mangle -A OUTPUT -p udp -j MARK --and-mark 0xf
iptables -t mangle -A OUTPUT -p udp -j MARK --or-mark 0x100
iptables -t mangle -A OUTPUT -p udp -j MARK --xor-mark 0x3
iptables -t mangle -A OUTPUT -j CONNMARK --save-mark
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 5
iptables -t mangle -A INPUT -j CLASSIFY --set-class 1:10
iptables -t mangle -A INPUT -m mark --mark 1 -j RETURN
iptables -t mangle -A INPUT -m connmark --mark 0x2/0xff -j ACCEPT
iptables -t mangle -A INPUT -m dscp --dscp 0x2e -j ACCEPT
iptables -t mangle -A INPUT -m dscp --dscp-class EF -j ACCEPT
iptables -t mangle -A INPUT -m tos --tos 0x10 -j ACCEPT
iptables -t mangle -S
iptables -t mangle -L -n
iptables -t mangle -L -n -v
iptables-save -t mangle
iptables -t mangle -A INPUT -j TTL --ttl-set 64
iptables -t mangle -A INPUT -j TTL --ttl-set 256
iptables -t mangle -A POSTROUTING -j TTL --ttl-dec 0
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp 64
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp-class XX
iptables -t mangle -A POSTROUTING -j TCPMSS --set-mss 1400
iptables -t mangle -A POSTROUTING -p tcp -j TCPMSS
iptables -t filter -A INPUT -j TTL --ttl-set 64
iptables -t filter -A INPUT -j MARK --set-mark 1
iptables -t nat -A PREROUTING -j MARK --set-mark 1
iptables -t raw -A PREROUTING -j MARK --set-mark 1
iptables -t raw -S
iptables -S
iptables -t nat -S
ip6tables -t mangle -A POSTROUTING -j HL --hl-set 64
ip6tables -t mangle -A POSTROUTING -j HL --hl-dec 1
ip6tables -t mangle -A POSTROUTING -j TTL --ttl-set 64
ip6tables -t mangle -A PREROUTING -j TOS --set-tos 0x10
ip6tables -t mangle -A PREROUTING -j DSCP --set-dscp 1
ip6tables -t mangle -S

iptables -t mangle -A PREROUTING -j TTL --ttl-set 64
iptables -t mangle -A PREROUTING -j TOS --set-tos 0x10
iptables -t mangle -A POSTROUTING -p tcp --dport 22 -j DSCP --set-dscp-class EF
iptables -t mangle -A PREROUTING -j MARK --set-xmark 0x1/0xff
iptables -t mangle -A PREROUTING -j MARK --set-mark 5
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --nfmask 0xff --ctmask 0xff
iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1400
iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 1:10
iptables -t mangle -A PREROUTING -m mark --mark 0x2/0xf -j RETURN
iptables -t mangle -A PREROUTING -m connmark --mark 1 -j ACCEPT
nft list table ip mangle
iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080
iptables -t nat -A PREROUTING -p udp --dport 53 -j DNAT --to 10.0.0.3
iptables -t nat -A PREROUTING -p tcp --dport 81 -j REDIRECT --to-ports 8080
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -t nat -A POSTROUTING -s 10.0.0.0/8 -j SNAT --to-source 1.2.3.4
iptables -t nat -A POSTROUTING -s 10.1.0.0/16 -j SNAT --to-source 1.2.3.4-1.2.3.8:1000-2000 --random
iptables -t nat -A PREROUTING -d 1.2.3.0/24 -j NETMAP --to 10.9.0.0/24
nft list table ip nat
iptables -t raw -A PREROUTING -p udp --dport 53 -j CT --notrack
iptables -t raw -A OUTPUT -j NOTRACK
iptables -t raw -A PREROUTING -p tcp --dport 21 -j CT --helper ftp
iptables -t raw -A PREROUTING -j CT --zone 3
nft list table ip raw
nft list tables
nft list chains
nft -a list table ip raw
nft -j list table ip raw
nft -j list table ip nat

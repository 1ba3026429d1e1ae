iptables -N AUDIT_DROP
iptables -A AUDIT_DROP -j AUDIT
iptables -A AUDIT_DROP -j AUDIT --type drop
iptables -A AUDIT_DROP -j AUDIT --type ACCEPT
iptables -A AUDIT_DROP -j AUDIT --type reject
iptables -A AUDIT_DROP -j AUDIT --type log
iptables -A AUDIT_DROP -j DROP
iptables -t mangle -A POSTROUTING -p udp --dport bootpc -j CHECKSUM --checksum-fill
iptables -t mangle -A POSTROUTING -p udp --dport 68 -j CHECKSUM
iptables -A OUTPUT -j CHECKSUM --checksum-fill
iptables -t mangle -A POSTROUTING -o eth0 -j CLASSIFY --set-class 1:10
iptables -t mangle -A POSTROUTING -o eth0 -j CLASSIFY --set-class 10:ffff
iptables -t mangle -A POSTROUTING -o eth0 -j CLASSIFY --set-class 0x10:0x20
iptables -t mangle -A POSTROUTING -o eth0 -j CLASSIFY --set-class 1:
iptables -t mangle -A POSTROUTING -o eth0 -j CLASSIFY --set-class 10000:1
iptables -t mangle -A POSTROUTING -o eth0 -j CLASSIFY --set-class 1
iptables -t mangle -A POSTROUTING -o eth0 -j CLASSIFY --set-class 0:0
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp 46
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp 0x2e
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp 64
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp-class EF
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp-class af41
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp-class CS7
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp-class BE
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp-class AF99
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp 10 --set-dscp-class EF
iptables -t mangle -A POSTROUTING -j DSCP
iptables -t mangle -A POSTROUTING -p tcp -j ECN --ecn-tcp-remove
iptables -t mangle -A POSTROUTING -j ECN --ecn-tcp-remove
iptables -t mangle -A POSTROUTING -p tcp -j ECN
iptables -t mangle -A POSTROUTING -p tcp -j ECN --ecn-tcp-cwr
iptables -t mangle -A POSTROUTING -p tcp -j ECN --ecn-ip-ect 2
iptables -t mangle -A POSTROUTING -p tcp -j ECN --ecn-ip-ect 4
iptables -t mangle -A PREROUTING -m conntrack --ctstate NEW -j HMARK --hmark-tuple ct,src,dst,proto --hmark-offset 10000 --hmark-mod 10 --hmark-rnd 0xfeedcafe
iptables -t mangle -A PREROUTING -j HMARK --hmark-offset 10000 --hmark-tuple src,dst,proto --hmark-mod 10 --hmark-rnd 0xdeafbeef
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src,dst,sport,dport,spi --hmark-mod 4
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 24 --hmark-dst-prefix 16 --hmark-sport-mask 0xff00 --hmark-dport-mask 0x00ff --hmark-spi-mask 0xffff --hmark-proto-mask 0x0f --hmark-mod 3
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src --hmark-mod 0
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src,bogus --hmark-mod 2
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 33 --hmark-mod 2
iptables -t mangle -S
iptables -t mangle -L
iptables -t mangle -L -n -v
iptables -S
iptables -L -n
iptables-save | grep -v '^#'
iptables-translate -A AUDIT_DROP -j AUDIT --type drop
iptables-translate -t mangle -A POSTROUTING -p udp --dport bootpc -j CHECKSUM --checksum-fill
iptables-translate -t mangle -A POSTROUTING -o eth0 -j CLASSIFY --set-class 10:ffff
iptables-translate -t mangle -A POSTROUTING -j DSCP --set-dscp-class af41
iptables-translate -t mangle -A POSTROUTING -p tcp -j ECN --ecn-tcp-remove
iptables-translate -t mangle -A PREROUTING -j HMARK --hmark-tuple src,dst --hmark-mod 4
ip6tables -t mangle -A POSTROUTING -j DSCP --set-dscp-class AF21
ip6tables -t mangle -A POSTROUTING -j CLASSIFY --set-class 1:2
ip6tables -t mangle -A POSTROUTING -p tcp -j ECN --ecn-tcp-remove
ip6tables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 64 --hmark-dst-prefix 48 --hmark-mod 8 --hmark-offset 1
ip6tables -t mangle -A PREROUTING -j HMARK --hmark-tuple src,dst,sport,dport --hmark-mod 8
ip6tables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 129 --hmark-mod 8
ip6tables -t mangle -S
ip6tables -t mangle -L -n
ip6tables-translate -t mangle -A POSTROUTING -j DSCP --set-dscp-class AF21

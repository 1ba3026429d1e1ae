iptables-translate -t mangle -A OUTPUT -j TOS --set-tos 0x10
iptables-translate -t mangle -A OUTPUT -j TOS --set-tos 0x10/0x3f
iptables-translate -t mangle -A OUTPUT -j TOS --set-tos 0x10/0xff
iptables-translate -t mangle -A OUTPUT -j TOS --set-tos 0x10/0xf0
iptables-translate -t mangle -A OUTPUT -j TOS --set-tos 0/0x3f
iptables-translate -t mangle -A OUTPUT -j TOS --set-tos Normal-Service
iptables-translate -t mangle -A OUTPUT -j TOS --set-tos Minimize-Delay
iptables-translate -t mangle -A OUTPUT -j TOS --and-tos 0x3
iptables-translate -t mangle -A OUTPUT -j TOS --or-tos 0x10
iptables-translate -t mangle -A OUTPUT -j TOS --xor-tos 0x10
iptables-translate -t mangle -A OUTPUT -j TOS --set-tos 0x11/0x0
iptables-translate -t mangle -A OUTPUT -j TOS --set-tos 0x0/0x0
iptables-translate -t mangle -A OUTPUT -j TOS --set-tos 0xff/0xff
iptables-translate -t mangle -A OUTPUT -j TOS --set-tos 0x10/0x1f
iptables-translate -A INPUT -j NFLOG 
iptables-translate -A INPUT -j NFLOG --nflog-range 64
iptables-translate -A INPUT -j NFLOG --nflog-group 3
iptables-translate -A INPUT -j NFLOG --nflog-prefix x --nflog-group 3 --nflog-threshold 5 --nflog-size 100
iptables-translate -A INPUT -j NFLOG --nflog-size 100
iptables-translate -A INPUT -j NFLOG --nflog-threshold 5
iptables-translate -A INPUT -j NFLOG --nflog-range 64 --nflog-size 10
iptables-translate -A INPUT -j NFLOG --nflog-prefix 'a b'
iptables-translate -A INPUT -j NFLOG --nflog-group 65535 --nflog-threshold 1

iptables -A INPUT -m policy --pol none -j ACCEPT
iptables -A INPUT -m policy --dir out --pol none -j ACCEPT
iptables -A INPUT -m policy --dir in --pol none --strict -j ACCEPT
iptables -A INPUT -m policy --dir in --pol none --proto esp -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --proto tcp -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --next --proto esp -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --strict --proto esp --next --proto ah --mode transport -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --strict -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec ! --spi 0x10 --reqid 5 -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --mode transport --tunnel-src 1.2.3.4 -j ACCEPT
iptables -A INPUT -m policy --dir foo -j ACCEPT
iptables -A INPUT -m policy --dir in -j ACCEPT
iptables -A INPUT -m sctp --dport 80 -j ACCEPT
iptables -A INPUT -p sctp --chunk-types foo INIT -j ACCEPT
iptables -A INPUT -p sctp --chunk-types any FOO -j ACCEPT
iptables -A INPUT -p sctp --chunk-types all ALL -j ACCEPT
iptables -A INPUT -p sctp --chunk-types only NONE -j ACCEPT
iptables -A INPUT -p sctp --chunk-types any DATA:ZZ -j ACCEPT
iptables -A INPUT -p sctp --sport 0:65535 -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n

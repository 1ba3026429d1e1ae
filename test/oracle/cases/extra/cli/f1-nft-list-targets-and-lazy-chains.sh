iptables -t raw -A PREROUTING -j ACCEPT
iptables -t raw -Z OUTPUT
iptables -t mangle -A INPUT -j ACCEPT
iptables -t mangle -F OUTPUT
iptables -t mangle -A FORWARD -j ACCEPT
iptables -t raw -A OUTPUT -p tcp -j TRACE
iptables -t nat -A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4 --random --persistent
iptables -t nat -A POSTROUTING -o eth1 -j MASQUERADE --random
iptables -t nat -A POSTROUTING -o eth2 -j MASQUERADE --to-ports 1024-2048 --random-fully
iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.1:8080 --persistent
iptables -t nat -A OUTPUT -p tcp --dport 80 -j REDIRECT --to-ports 8080 --random
iptables -A FORWARD -p udp -m udp --sport 53 -m comment --comment dns -j ACCEPT
iptables -A FORWARD -p udp -m comment --comment dns -m udp --sport 53 -j ACCEPT
iptables -Z
nft list ruleset

iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables -t raw -A OUTPUT -p udp --dport 53 -j CT --notrack
iptables -t nat -L -n
iptables -t mangle -L -n
iptables -t raw -L -n
iptables -t nat -L -n -v
iptables -t raw -S

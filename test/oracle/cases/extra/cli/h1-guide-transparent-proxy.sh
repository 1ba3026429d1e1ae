# Squid/transparent-proxy guides: DNAT and REDIRECT to 3128, the TPROXY recipe with a DIVERT chain, socket match, fwmark rule and local route table, and TPROXY's usual slips
iptables -t nat -A PREROUTING -i eth1 -p tcp --dport 80 -j DNAT --to 192.168.1.1:3128
iptables -t nat -A PREROUTING -i eth1 -p tcp --dport 80 -j REDIRECT --to-port 3128
iptables -t nat -A PREROUTING -i eth1 -s 192.168.1.1 -p tcp --dport 80 -j ACCEPT
iptables -t mangle -N DIVERT
iptables -t mangle -A PREROUTING -p tcp -m socket -j DIVERT
iptables -t mangle -A DIVERT -j MARK --set-mark 1
iptables -t mangle -A DIVERT -j ACCEPT
iptables -t mangle -A PREROUTING -p tcp --dport 80 -j TPROXY --tproxy-mark 0x1/0x1 --on-port 3129
iptables -t mangle -A PREROUTING -p tcp --dport 443 -j TPROXY --on-ip 127.0.0.1 --on-port 3130 --tproxy-mark 1
iptables -t mangle -A PREROUTING -p tcp -m socket --transparent --nowildcard -j DIVERT
iptables -t mangle -A PREROUTING -p tcp --dport 80 -j TPROXY --on-port 3129
iptables -t mangle -A PREROUTING -p tcp --dport 80 -j TPROXY --tproxy-mark 0x1/0x1
iptables -t mangle -A PREROUTING -p udp --dport 53 -j TPROXY --on-port 5353 --tproxy-mark 0x1
iptables -t mangle -A PREROUTING -j TPROXY --on-port 5353
iptables -t mangle -A OUTPUT -p tcp -j TPROXY --on-port 3129
iptables -t nat -A PREROUTING -p tcp -j TPROXY --on-port 3129
iptables -A INPUT -p tcp -j TPROXY --on-port 3129
ip rule add fwmark 1 lookup 100
ip route add local 0.0.0.0/0 dev lo table 100
ip rule show
ip route show table 100
iptables -t mangle -L -n -v
iptables -t mangle -S
iptables -t nat -S
ip6tables -t mangle -A PREROUTING -p tcp --dport 80 -j TPROXY --on-port 3129 --on-ip ::1 --tproxy-mark 1
ip6tables -t mangle -S PREROUTING

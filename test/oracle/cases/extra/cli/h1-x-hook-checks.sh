iptables -t nat -A POSTROUTING -p tcp -j REDIRECT --to-ports 80
iptables -t nat -A PREROUTING -j SNAT --to-source 1.1.1.1
iptables -t nat -A POSTROUTING -j DNAT --to-destination 1.1.1.1
iptables -t nat -A PREROUTING -j MASQUERADE
iptables -t nat -A INPUT -j SNAT --to-source 1.1.1.1
iptables -t nat -A OUTPUT -j DNAT --to-destination 1.1.1.1
iptables -t nat -A OUTPUT -j SNAT --to-source 1.1.1.1
iptables -t nat -A INPUT -j DNAT --to-destination 1.1.1.1
iptables -A INPUT -m owner --uid-owner 0 -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner 0 -j ACCEPT
iptables -A FORWARD -m owner --uid-owner 0 -j ACCEPT
iptables -A INPUT -m addrtype --src-type LOCAL --limit-iface-out -j ACCEPT
iptables -A OUTPUT -m addrtype --src-type LOCAL --limit-iface-in -j ACCEPT
iptables -A INPUT -j TCPMSS --set-mss 1000 -p tcp --tcp-flags SYN,RST SYN
iptables -t mangle -A INPUT -j TPROXY --on-port 80 -p tcp
iptables -t mangle -A PREROUTING -j TPROXY --on-port 80 -p tcp
iptables -t mangle -A PREROUTING -j TPROXY --on-port 80
iptables -A INPUT -m physdev --physdev-out eth0 -j ACCEPT
iptables -A INPUT -m physdev --physdev-is-bridged -j ACCEPT
iptables -A OUTPUT -m physdev --physdev-in eth0 -j ACCEPT
iptables -t nat -N SN
iptables -t nat -A SN -j SNAT --to-source 1.1.1.1
iptables -t nat -A PREROUTING -j SN
iptables -t nat -A POSTROUTING -j SN
iptables -t nat -S
iptables -N OW
iptables -A OW -m owner --uid-owner 0 -j ACCEPT
iptables -A INPUT -j OW
iptables -A OUTPUT -j OW
iptables -S
iptables -t mangle -A FORWARD -j TTL --ttl-set 10
iptables -t raw -A PREROUTING -j CT --zone 1
iptables -t raw -A OUTPUT -j CT --helper ftp -p tcp
iptables -t raw -A PREROUTING -j CT --helper bogus -p tcp
iptables -t mangle -A PREROUTING -j CT --notrack
iptables -A INPUT -j CT --notrack
iptables -t raw -S
ip6tables -t nat -A PREROUTING -j MASQUERADE
ip6tables -t nat -A POSTROUTING -p tcp -j REDIRECT --to-ports 80
ip6tables -A INPUT -m owner --uid-owner 0 -j ACCEPT
ip6tables -t nat -S

iptables -t raw -A PREROUTING ! -i wg0 -d 10.0.0.2 -m addrtype ! --src-type LOCAL -j DROP
iptables -t mangle -A POSTROUTING -m mark --mark 51820 -p udp -j CONNMARK --save-mark
iptables -t mangle -A PREROUTING -p udp -j CONNMARK --restore-mark
iptables -A FORWARD -i wg0 -j ACCEPT
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -A FORWARD -o wg0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -t mangle -A FORWARD -p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables-save
iptables -t raw -L -n -v
iptables -t mangle -L -n -v
iptables -t mangle -S
iptables -t raw -D PREROUTING ! -i wg0 -d 10.0.0.2 -m addrtype ! --src-type LOCAL -j DROP; echo rc=$?
iptables -t mangle -D POSTROUTING -m mark --mark 51820 -p udp -j CONNMARK --save-mark; echo rc=$?
iptables -t mangle -D PREROUTING -p udp -j CONNMARK --restore-mark; echo rc=$?
iptables -t mangle -L
iptables -D FORWARD -i wg0 -j ACCEPT
iptables -t nat -D POSTROUTING -o eth0 -j MASQUERADE
iptables-save -c

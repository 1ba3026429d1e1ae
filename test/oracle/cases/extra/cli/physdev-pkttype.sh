iptables -A FORWARD -m physdev --physdev-in veth0 -j ACCEPT
iptables -A FORWARD -m physdev --physdev-out veth1 --physdev-is-bridged -j ACCEPT
iptables -A FORWARD -m physdev ! --physdev-is-in -j ACCEPT
iptables -A FORWARD -m physdev --physdev-is-out -j ACCEPT
iptables -A INPUT -m pkttype --pkt-type broadcast -j DROP
iptables -A INPUT -m pkttype --pkt-type multicast -j DROP
iptables -A INPUT -m pkttype ! --pkt-type unicast -j DROP
iptables -A INPUT -m pkttype --pkt-type bogus -j DROP
iptables -A INPUT -m physdev -j ACCEPT
iptables -S
iptables -L -n

iptables -A INPUT -m owner --uid-owner 0 -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner 0 -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner root -j ACCEPT
iptables -A OUTPUT -m owner ! --uid-owner 1000 --gid-owner 100 -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner 1000-2000 -j ACCEPT
iptables -A OUTPUT -m owner --gid-owner 0 --suppl-groups -j ACCEPT
iptables -A OUTPUT -m owner --socket-exists -j ACCEPT
iptables -A OUTPUT -m owner ! --socket-exists -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner nosuchuser -j ACCEPT
iptables -A OUTPUT -m owner -j ACCEPT
iptables -A OUTPUT -m owner --gid-owner daemon -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner 4294967295 -j ACCEPT
iptables -t nat -A POSTROUTING -m owner --uid-owner 0 -j ACCEPT
iptables -t mangle -A PREROUTING -m owner --uid-owner 0 -j ACCEPT
iptables -N OWN
iptables -A OWN -m owner --uid-owner 0 -j ACCEPT
iptables -A INPUT -j OWN
iptables -S
iptables -L OUTPUT
iptables -L OUTPUT -n
iptables -F
iptables -X
iptables -A INPUT -m mac --mac-source 00:11:22:33:44:55 -j ACCEPT
iptables -A INPUT -m mac ! --mac-source AA:BB:CC:DD:EE:FF -j ACCEPT
iptables -A INPUT -m mac --mac-source 00:11:22:33:44 -j ACCEPT
iptables -A OUTPUT -m mac --mac-source 00:11:22:33:44:55 -j ACCEPT
iptables -A INPUT -m length --length 100 -j ACCEPT
iptables -A INPUT -m length ! --length 100:200 -j ACCEPT
iptables -A INPUT -m length --length :200 -j ACCEPT
iptables -A INPUT -m length --length 1000: -j ACCEPT
iptables -A INPUT -m length --length 70000 -j ACCEPT
iptables -A INPUT -m length --length 20:10 -j ACCEPT
iptables -A INPUT -m length -j ACCEPT
iptables -A INPUT -m ttl --ttl-eq 64 -j ACCEPT
iptables -A INPUT -m ttl ! --ttl-eq 64 -j ACCEPT
iptables -A INPUT -m ttl --ttl-gt 10 -j ACCEPT
iptables -A INPUT -m ttl ! --ttl-lt 10 -j ACCEPT
iptables -A INPUT -m ttl ! --ttl-gt 10 -j ACCEPT
iptables -A INPUT -m ttl --ttl-eq 300 -j ACCEPT
iptables -A INPUT -m ttl --ttl-eq 3 --ttl-gt 4 -j ACCEPT
iptables -A INPUT -m ttl -j ACCEPT
iptables -A INPUT -m pkttype --pkt-type unicast -j ACCEPT
iptables -A INPUT -m pkttype ! --pkt-type multicast -j ACCEPT
iptables -A INPUT -m pkttype --pkt-type host -j ACCEPT
iptables -A INPUT -m pkttype --pkt-type foo -j ACCEPT
iptables -A INPUT -m pkttype --pkt-type BROADCAST -j ACCEPT
iptables -A INPUT -m tos --tos Minimize-Delay -j ACCEPT
iptables -A INPUT -m tos ! --tos 0x08/0x0f -j ACCEPT
iptables -A INPUT -m tos --tos normal-service -j ACCEPT
iptables -A INPUT -m tos --tos foo -j ACCEPT
iptables -A INPUT -m dscp --dscp 10 -j ACCEPT
iptables -A INPUT -m dscp ! --dscp-class EF -j ACCEPT
iptables -A INPUT -m dscp --dscp 0x2e -j ACCEPT
iptables -A INPUT -m dscp --dscp 64 -j ACCEPT
iptables -A INPUT -m dscp --dscp-class XX -j ACCEPT
iptables -A INPUT -m dscp -j ACCEPT
iptables -A INPUT -m helper --helper ftp -j ACCEPT
iptables -A INPUT -m helper ! --helper sip -j ACCEPT
iptables -A INPUT -m helper --helper "ftp-21" -j ACCEPT
iptables -A INPUT -m connmark --mark 1 -j ACCEPT
iptables -A INPUT -m connmark ! --mark 0x10/0xf0 -j ACCEPT
iptables -A INPUT -p tcp -m tcpmss --mss 1400 -j ACCEPT
iptables -A INPUT -p tcp -m tcpmss ! --mss 1000:1500 -j ACCEPT
iptables -A INPUT -m tcpmss --mss 1400 -j ACCEPT
iptables -A INPUT -p tcp -m tcpmss -j ACCEPT
iptables -A INPUT -m physdev --physdev-out eth0 -j ACCEPT
iptables -A FORWARD -m physdev --physdev-in eth0 ! --physdev-out eth1 -j ACCEPT
iptables -A FORWARD -m physdev --physdev-is-in --physdev-is-out --physdev-is-bridged -j ACCEPT
iptables -A FORWARD -m physdev ! --physdev-is-bridged -j ACCEPT
iptables -A FORWARD -m physdev ! --physdev-is-in ! --physdev-is-out -j ACCEPT
iptables -A FORWARD -m physdev -j ACCEPT
iptables -A FORWARD -m physdev --physdev-in veth+ -j ACCEPT
iptables -A INPUT -m physdev --physdev-is-out -j ACCEPT
iptables -A OUTPUT -m physdev --physdev-in eth0 -j ACCEPT
iptables -A INPUT -m set --match-set foo src -j ACCEPT
iptables -A INPUT -m set -j ACCEPT
iptables -A INPUT -m set --match-set foo -j ACCEPT
iptables -S
iptables -L
iptables -L -n

# Rusty's Packet Filtering HOWTO typed on a modern box: ping drop on lo, delete by number and spec, old "! after option" forms, the no-conns-from-ppp0 chain, flags, limit, mac, unclean
probe icmp 127.0.0.1
iptables -A INPUT -s 127.0.0.1 -p icmp -j DROP
probe icmp 127.0.0.1
iptables -D INPUT 1
iptables -A INPUT -s 127.0.0.1 -p icmp -j DROP
iptables -D INPUT -s 127.0.0.1 -p icmp -j DROP
iptables -A INPUT -s ! 127.0.0.1 -p icmp -j DROP
iptables -A INPUT ! -s 127.0.0.1 -p icmp -j DROP
iptables -A INPUT -p ! tcp -j ACCEPT
iptables -A INPUT -p TCP --syn -s 192.168.1.1 --dport 80 -j DROP
iptables -A INPUT -p tcp --tcp-flags SYN,RST,ACK SYN
iptables -A INPUT -p tcp --tcp-flags ALL SYN,ACK -j DROP
iptables -A INPUT -p tcp ! --syn -m state --state NEW -j DROP
iptables -A INPUT -p tcp --sport ! 1024:65535 -j DROP
iptables -A INPUT -p tcp --dport :1023 -j DROP
iptables -A INPUT -p udp --sport 53: -j ACCEPT
iptables -A INPUT -p icmp --icmp-type ping -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 3/3 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type fragmentation-needed -j ACCEPT
iptables -A FORWARD -p tcp --syn -m limit --limit 1/s -j ACCEPT
iptables -A FORWARD -p tcp --tcp-flags SYN,ACK,FIN,RST RST -m limit --limit 1/s -j ACCEPT
iptables -A FORWARD -p icmp --icmp-type echo-request -m limit --limit 1/s -j ACCEPT
iptables -A INPUT -m mac --mac-source 00:60:08:91:CC:B7 -j DROP
iptables -A INPUT -m unclean -j DROP
iptables -A INPUT -f -j DROP
iptables -A OUTPUT -m owner --uid-owner 0 -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner root --gid-owner root -j ACCEPT
iptables -N no-conns-from-ppp0
iptables -A no-conns-from-ppp0 -m state --state ESTABLISHED,RELATED -j ACCEPT
iptables -A no-conns-from-ppp0 -m state --state NEW -i ! ppp0 -j ACCEPT
iptables -A no-conns-from-ppp0 -m state --state NEW ! -i ppp0 -j ACCEPT
iptables -A no-conns-from-ppp0 -i ppp0 -m limit -j LOG --log-prefix "Bad packet from ppp0:"
iptables -A no-conns-from-ppp0 ! -i ppp0 -m limit -j LOG --log-prefix "Bad packet not from ppp0:"
iptables -A no-conns-from-ppp0 -j DROP
iptables -A INPUT -j no-conns-from-ppp0
iptables -A FORWARD -j no-conns-from-ppp0
iptables -L -n
iptables -L -v -x | head -8
iptables -X no-conns-from-ppp0
iptables -F no-conns-from-ppp0
iptables -X no-conns-from-ppp0
iptables -D INPUT -j no-conns-from-ppp0
iptables -D FORWARD -j no-conns-from-ppp0
iptables -X no-conns-from-ppp0
iptables -L no-conns-from-ppp0
iptables -S

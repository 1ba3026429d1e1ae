iptables-translate -A INPUT -p tcp --dport 22 -j ACCEPT
iptables-translate -A INPUT -p tcp -m conntrack --ctstate NEW -m tcp --dport 22 -j ACCEPT
iptables-translate -A INPUT -s 1.1.1.1,2.2.2.2 -j DROP
iptables-translate -D INPUT 2
iptables-translate -I INPUT 3 -p tcp --dport 3 -j ACCEPT
iptables-translate -A INPUT -p tcp --dport ftp:ssh -j ACCEPT
iptables-translate -A INPUT -p udp --dport ntp -j ACCEPT
iptables-translate -N A
iptables-translate -X A
iptables-translate -F
iptables-translate -F INPUT
iptables-translate -t nat -F
iptables-translate -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables-translate -A FORWARD -p udp -g G
iptables-translate -A INPUT -j REJECT --reject-with icmp-host-prohibited
iptables-translate -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables-translate -A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT
iptables-translate -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables-translate -A INPUT -p icmp --icmp-type 0/0 -j ACCEPT
iptables-translate -A INPUT -p icmp --icmp-type 13 -j DROP
iptables-translate -A INPUT -i lo -j ACCEPT
iptables-translate -P INPUT DROP
iptables-translate -A INPUT -m length --length 0:64 -j ACCEPT
iptables-translate -A INPUT -m ttl --ttl-lt 5 -j DROP
iptables-translate -A INPUT -m pkttype --pkt-type broadcast -j DROP
iptables-translate -A INPUT -m tos --tos 0x10 -j ACCEPT
iptables-translate -A INPUT -i eth0 -o eth1 -p tcp -s 10.0.0.0/8 -d 192.168.0.1 --dport 22 -j ACCEPT
iptables-translate -A FORWARD -i eth+ ! -o lo -j DROP
iptables-translate -t mangle -A PREROUTING -j ACCEPT
iptables-translate -E A B
iptables-translate -L
iptables-translate -S
iptables-translate -Z
iptables-translate -C INPUT -j ACCEPT
iptables-translate -A INPUT -s ::1 -j ACCEPT
ip6tables-translate -A INPUT -s ::1 -j ACCEPT
ip6tables-translate -A INPUT -p tcp --dport 22 -j ACCEPT
ip6tables-translate -A INPUT -p ipv6-icmp --icmpv6-type echo-request -j ACCEPT
ip6tables-translate -A INPUT -j REJECT --reject-with icmp6-adm-prohibited
ip6tables-translate -A INPUT -m hl --hl-lt 5 -j DROP
ip6tables-translate -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type 1/4 -j ACCEPT
iptables-translate -A INPUT -m comment --comment "it's here" -j ACCEPT
iptables-translate -A INPUT -p tcp --dport 80 -m comment --comment web -j ACCEPT
iptables-translate -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.1:8080
iptables-translate -t nat -A PREROUTING -p tcp --dport 22 -j REDIRECT --to-ports 2222
iptables-translate -t mangle -A PREROUTING -j MARK --set-mark 1
iptables-translate -A INPUT -m limit --limit 5/min -j LOG --log-prefix "drop: "
iptables-translate -A INPUT -f -j DROP
iptables-translate -A INPUT -p tcp --tcp-flags SYN,RST SYN -j DROP
iptables-translate -A INPUT -p tcp --syn -j DROP
iptables-translate -A INPUT -m state --state NEW -j ACCEPT
iptables-translate -A INPUT --bogus
iptables-translate -A NOPE -j ACCEPT
iptables-translate -A INPUT -j NOPE

iptables-legacy -P INPUT DROP
iptables-legacy -A INPUT -i lo -j ACCEPT
iptables-legacy -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables-legacy -A INPUT -m conntrack --ctstate INVALID -j DROP
iptables-legacy -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables-legacy -A INPUT -p tcp --dport 22 -m conntrack --ctstate NEW -j ACCEPT
iptables-legacy -A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT
iptables-legacy -A INPUT -j REJECT --reject-with icmp-host-prohibited
iptables-legacy -A INPUT -m length --length 0:64 -j ACCEPT
iptables-legacy -A INPUT -m ttl --ttl-lt 5 -j DROP
iptables-legacy -A INPUT -m pkttype --pkt-type broadcast -j DROP
iptables-legacy -A INPUT -m tos --tos 0x10 -j ACCEPT
iptables-legacy -A INPUT -p icmp --icmp-type 0/0 -j ACCEPT
iptables-legacy -A INPUT -p icmp --icmp-type 13 -j DROP
iptables-legacy -A FORWARD -i eth0 -o eth1 -p tcp -s 10.0.0.0/8 -d 192.168.0.1 --dport 22 -j ACCEPT
iptables-legacy -A FORWARD -i eth+ ! -o lo -j DROP
iptables-legacy -A FORWARD -i averyverylongif -o x -s 192.168.100.200/32 -d 255.255.255.255 -p tcp --dport 65535 -j ACCEPT
iptables-legacy -A FORWARD -p 47 -j ACCEPT
iptables-legacy -A FORWARD -p all -f -j DROP
iptables-legacy -A OUTPUT -p tcp --dport ssh -j ACCEPT
iptables-legacy -A OUTPUT -p udp --dport ntp -j ACCEPT
iptables-legacy -A OUTPUT -p tcp --dport ftp:ssh -j ACCEPT
iptables-legacy -A OUTPUT -s 127.0.0.1 -d 10.0.0.0/8 -j ACCEPT
iptables-legacy -A OUTPUT -m comment --comment "a comment" -j ACCEPT
iptables-legacy -A OUTPUT -m mark --mark 0x4000/0x4000 -j ACCEPT
iptables-legacy -A OUTPUT -m addrtype --dst-type LOCAL -j ACCEPT
iptables-legacy -A OUTPUT -m limit --limit 3/min --limit-burst 10 -j LOG --log-prefix "[X] "
iptables-legacy -L -n -v --line-numbers
iptables-legacy -L
iptables-legacy -L -x -v -n
iptables-legacy -S
iptables-legacy-save | grep -v '^#'
iptables-legacy -t nat -A POSTROUTING -o eth0 -j MASQUERADE --random-fully
iptables-legacy -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.244.1.2:80
iptables-legacy -t nat -A PREROUTING -m statistic --mode random --probability 0.50000000000 -j RETURN
iptables-legacy -t nat -A OUTPUT -j MARK --set-xmark 0x4000/0x4000
iptables-legacy -t nat -A OUTPUT -p tcp -j REDIRECT --to-ports 8080
iptables-legacy -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4-1.2.3.10:1000-2000
iptables-legacy -t nat -L -n -v
iptables-legacy -t nat -S
iptables-legacy -t mangle -A PREROUTING -j ACCEPT
iptables-legacy -t mangle -A POSTROUTING -j TCPMSS --clamp-mss-to-pmtu -p tcp --tcp-flags SYN,RST SYN
iptables-legacy -t mangle -L -n
iptables-legacy -t raw -A PREROUTING -j CT --notrack
iptables-legacy -t raw -L -n -v
ip6tables-legacy -A INPUT -p ipv6-icmp --icmpv6-type echo-request -j ACCEPT
ip6tables-legacy -A INPUT -s 2001:db8::/32 -i eth0 -p tcp --dport 22 -j ACCEPT
ip6tables-legacy -A INPUT -j REJECT --reject-with icmp6-adm-prohibited
ip6tables-legacy -A INPUT -m hl --hl-lt 5 -j DROP
ip6tables-legacy -L -n -v
ip6tables-legacy -L
ip6tables-legacy -S

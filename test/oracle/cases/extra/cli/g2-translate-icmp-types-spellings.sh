# iptables-translate: an icmp/icmpv6 type translates only when iptables names it (15/16, MLD 130-132, 138, 141-143 stay comments); other spellings of addresses, protocols and quoted strings
iptables-translate -A INPUT --proto tcp --dport=22 -j ACCEPT
iptables-translate -A INPUT -p tcp --dpo 22 --spo 1:2 -j ACCEPT
iptables-translate -A INPUT -ptcp --dport 22 -jACCEPT
iptables-translate -A INPUT -p TCP --dport 22
iptables-translate -A INPUT -p Tcp -m TCP --dport 22
iptables-translate -A INPUT -p tcp -m tcp ! --syn -m tcp --dport 5
iptables-translate -A INPUT -m mark --mark 1 -m mark ! --mark 2 -m mark --mark 3/3
iptables-translate -A INPUT -m state --state NEW -m state ! --state INVALID
iptables-translate -A INPUT -m limit --limit 1/s -m limit --limit 2/m
iptables-translate -A INPUT -j ACCEPT -p udp --dport 53 -s 10.0.0.0/8
iptables-translate -t filter -A INPUT -i lo -j ACCEPT
iptables-translate -A INPUT -i eth0 -o eth1 -j ACCEPT
iptables-translate -A FORWARD -i "a b" -j ACCEPT
iptables-translate -A FORWARD -i 'a"b' -j ACCEPT
iptables-translate -A FORWARD -i "a*" -j ACCEPT
iptables-translate -A INPUT -m comment --comment "a'b" -j ACCEPT
iptables-translate -A INPUT -m comment --comment 'a\b' -j ACCEPT
iptables-translate -A INPUT -j LOG --log-prefix "a'b"
iptables-translate -A INPUT -j LOG --log-prefix 'a\b'
iptables-translate -A INPUT -j NFLOG --nflog-prefix "a'b"
iptables-translate -A INPUT -m string --string "a'b" --algo bm
iptables-translate -A INPUT -s 10.0.0.1 -d 10.0.0.0/255.255.0.0 -j ACCEPT
iptables-translate -A INPUT -s 10.0.0.0/255.0.255.0 -j ACCEPT
iptables-translate -A INPUT ! -s 0.0.0.0/0 -j ACCEPT
iptables-translate -A INPUT -s 0.0.0.0/0 -d 0/0 -j ACCEPT
iptables-translate -A INPUT -s localhost -j ACCEPT
iptables-translate -A INPUT -d 224.0.0.0/4 -j DROP
iptables-translate -I INPUT 1 -p icmp -j ACCEPT
iptables-translate -I INPUT 0 -p icmp -j ACCEPT
iptables-translate -A INPUT -p tcp --sport 65535 --dport 0
iptables-translate -A INPUT -p udp --sport 1: --dport :1
iptables-translate -A INPUT -p tcp --tcp-flags SYN,ACK,FIN,RST,URG,PSH ALL
iptables-translate -A INPUT -p tcp --tcp-flags syn,ack syn
iptables-translate -A INPUT -p tcp ! --tcp-option 8
iptables-translate -A INPUT -p icmp --icmp-type 8/0
iptables-translate -A INPUT -p icmp --icmp-type 3/3
iptables-translate -A INPUT -p icmp --icmp-type echo-reply
iptables-translate -A INPUT -p icmp --icmp-type port-unreachable
iptables-translate -A INPUT -p icmp ! --icmp-type 8
iptables-translate -A INPUT -p icmp --icmp-type 19
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type 200
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type 1/4
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type packet-too-big
ip6tables-translate -A INPUT -p icmpv6 ! --icmpv6-type 135
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type 143
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type 141
ip6tables-translate -A INPUT -s fe80::/ffff:ffff:ffff:ffff:: -j ACCEPT
ip6tables-translate -A INPUT -s fe80::/ffff:0:ffff:: -j ACCEPT
ip6tables-translate -A INPUT ! -d ::/0 -j ACCEPT
ip6tables-translate -A INPUT -d ::1/127 -j ACCEPT
ip6tables-translate -A INPUT -p all -j ACCEPT
ip6tables-translate -A INPUT -p 0 -j ACCEPT
ip6tables-translate -A INPUT -p esp -j ACCEPT
ip6tables-translate -A INPUT -p udplite -j ACCEPT
ip6tables-translate -A INPUT -p 132 -m sctp --dport 5 -j ACCEPT
iptables-translate -A INPUT -p icmp --icmp-type 0
iptables-translate -A INPUT -p icmp --icmp-type 3
iptables-translate -A INPUT -p icmp --icmp-type 8
iptables-translate -A INPUT -p icmp --icmp-type 12
iptables-translate -A INPUT -p icmp --icmp-type 14
iptables-translate -A INPUT -p icmp --icmp-type 15
iptables-translate -A INPUT -p icmp --icmp-type 16
iptables-translate -A INPUT -p icmp --icmp-type 17
iptables-translate -A INPUT -p icmp --icmp-type 18
iptables-translate -A INPUT -p icmp --icmp-type 19
iptables-translate -A INPUT -p icmp --icmp-type 255
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type 1
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type 4
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type 127
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type 128
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type 130
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type 131
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type 132
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type 133
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type 137
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type 138
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type 139
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type 141
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type 142
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type 143
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type 144

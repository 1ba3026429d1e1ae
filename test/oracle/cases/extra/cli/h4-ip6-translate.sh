# ip6tables-translate for a typical IPv6 firewall, and the restore form
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type echo-request -j ACCEPT
ip6tables-translate -A INPUT -p ipv6-icmp --icmpv6-type neighbour-solicitation -m hl --hl-eq 255 -j ACCEPT
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type 1/4 -j ACCEPT
ip6tables-translate -A INPUT -p icmpv6 ! --icmpv6-type 128 -j DROP
ip6tables-translate -A INPUT -s fe80::/10 -p ipv6-icmp -j ACCEPT
ip6tables-translate -A INPUT -s 2001:db8::/ffff:0:ffff:: -j ACCEPT
ip6tables-translate -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
ip6tables-translate -A INPUT -j REJECT --reject-with icmp6-adm-prohibited
ip6tables-translate -A INPUT -p tcp -j REJECT --reject-with tcp-reset
ip6tables-translate -A INPUT -j REJECT
ip6tables-translate -A INPUT -j REJECT --reject-with icmp6-addr-unreachable
ip6tables-translate -A INPUT -j LOG --log-prefix "v6 drop: " --log-level 4
ip6tables-translate -t mangle -A PREROUTING -j HL --hl-set 64
ip6tables-translate -t mangle -A PREROUTING -j HL --hl-dec 1
ip6tables-translate -A INPUT -m hl --hl-lt 5 -j DROP
ip6tables-translate -A INPUT -m rt --rt-type 0 -j DROP
ip6tables-translate -A INPUT -m frag --fragmore -j DROP
ip6tables-translate -A INPUT -m frag --fragid 100:200 --fraglast -j DROP
ip6tables-translate -A INPUT -m hbh --hbh-len 8 -j ACCEPT
ip6tables-translate -A INPUT -m ipv6header --header frag --soft -j DROP
ip6tables-translate -A INPUT -p mh --mh-type binding-update -j ACCEPT
ip6tables-translate -A INPUT -m eui64 -j ACCEPT
ip6tables-translate -A INPUT -p esp -m esp --espspi 0x100 -j ACCEPT
ip6tables-translate -A INPUT -m ah --ahspi 500 -j ACCEPT
ip6tables-translate -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination [fd00::10]:8080
ip6tables-translate -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ip6tables-translate -t nat -A POSTROUTING -j SNAT --to-source [2001:db8::1]:1000-2000
ip6tables-translate -t mangle -A POSTROUTING -j SNPT --src-pfx fd00::/64 --dst-pfx 2001:db8::/64
ip6tables-translate -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
ip6tables-translate -A INPUT -s 10.0.0.1 -j ACCEPT
iptables-translate -A INPUT -p icmpv6 -j ACCEPT
printf '*filter\n:INPUT DROP [0:0]\n-A INPUT -i lo -j ACCEPT\n-A INPUT -p ipv6-icmp -j ACCEPT\n-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT\nCOMMIT\n*nat\n:POSTROUTING ACCEPT [0:0]\n-A POSTROUTING -o eth0 -j MASQUERADE\nCOMMIT\n' | ip6tables-restore-translate
printf '*filter\n:INPUT DROP [0:0]\n-A INPUT -s 10.1.1.1 -j ACCEPT\nCOMMIT\n' | ip6tables-restore-translate

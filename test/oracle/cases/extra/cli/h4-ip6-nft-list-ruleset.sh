# what nft shows for an ip6tables firewall (iptables-nft stores rules as nft expressions)
ip6tables -P INPUT DROP
ip6tables -A INPUT -i lo -j ACCEPT
ip6tables -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
ip6tables -A INPUT -p ipv6-icmp -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type echo-request -j ACCEPT
ip6tables -A INPUT -s fe80::/10 -d ff02::/16 -p udp --dport 546 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::/32 -p tcp --dport 22 -j ACCEPT
ip6tables -A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT
ip6tables -A INPUT -m hl --hl-eq 255 -j ACCEPT
ip6tables -A INPUT -m rt --rt-type 0 -j DROP
ip6tables -A INPUT -j LOG --log-prefix "v6-drop: "
ip6tables -A INPUT -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ip6tables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination [fd00::10]:8080
ip6tables -t mangle -A PREROUTING -j HL --hl-set 64
nft list tables
nft list table ip6 filter
nft list chain ip6 filter INPUT
nft list table ip6 nat
nft list table ip6 mangle
nft -a list chain ip6 filter INPUT
nft list ruleset ip6

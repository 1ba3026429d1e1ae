ip6tables-legacy -A INPUT -s 2001:db8::1 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::2 -j ACCEPT
ip6tables -S
ip6tables -L -n
ip6tables-save
ip6tables-nft-save
iptables -S
iptables-save
ip6tables-legacy -S
ip6tables-legacy-save
ip6tables-legacy -L -n -v
ip6tables-legacy -A INPUT ! -s ::/0 -j ACCEPT
ip6tables-legacy -A INPUT -m icmp6 --icmpv6-type 1 -j ACCEPT
ip6tables-legacy -t nat -A POSTROUTING -j MASQUERADE
ip6tables-legacy-save -t nat
ip6tables-legacy -F
ip6tables-legacy -X
ip6tables -S
xtables-nft-multi ip6tables -S
xtables-legacy-multi ip6tables -S
xtables-nft-multi ip6tables-save
iptables-legacy -A INPUT -j ACCEPT
ip6tables -S
ip6tables-save
iptables -S

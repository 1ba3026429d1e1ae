# nft's view of ip6tables extension-header matches, masks and ip6 targets
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1/4 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type destination-unreachable -j ACCEPT
ip6tables -A INPUT -p icmpv6 ! --icmpv6-type neighbour-solicitation -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 200 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::/ffff:0:ffff:: -j ACCEPT
ip6tables -A INPUT -s ::ffff:192.0.2.1 -d 2001:db8::1/127 -j ACCEPT
ip6tables -A INPUT ! -s 2001:db8::/64 ! -d fe80::/10 -j ACCEPT
ip6tables -A INPUT -m frag --fragmore -j DROP
ip6tables -A INPUT -m frag --fragid 100:200 -j DROP
ip6tables -A INPUT -m hbh --hbh-len 8 -j DROP
ip6tables -A INPUT -m dst --dst-len 0 -j DROP
ip6tables -A INPUT -m rt --rt-type 0 --rt-segsleft 2 -j DROP
ip6tables -A INPUT -m ipv6header --header frag --soft -j DROP
ip6tables -A INPUT -p mh --mh-type binding-update -j ACCEPT
ip6tables -A INPUT -m eui64 -j ACCEPT
ip6tables -A INPUT -p esp -m esp --espspi 0x100 -j ACCEPT
ip6tables -A INPUT -m ah --ahspi 500 -j ACCEPT
ip6tables -A INPUT -m hl --hl-lt 5 -j DROP
ip6tables -A INPUT -m hl ! --hl-eq 255 -j DROP
ip6tables -A INPUT -m iprange --src-range 2001:db8::10-2001:db8::20 -j ACCEPT
ip6tables -A INPUT -p tcp -j REJECT --reject-with tcp-reset
ip6tables -A INPUT -j REJECT --reject-with icmp6-no-route
ip6tables -A INPUT -j REJECT --reject-with icmp6-addr-unreachable
ip6tables -A INPUT -j REJECT --reject-with icmp6-policy-fail
ip6tables -A INPUT -j REJECT
ip6tables -t mangle -A PREROUTING -j HL --hl-dec 1
ip6tables -t mangle -A PREROUTING -j HL --hl-inc 2
ip6tables -t mangle -A POSTROUTING -j SNPT --src-pfx fd00::/64 --dst-pfx 2001:db8::/64
ip6tables -t mangle -A PREROUTING -j DNPT --src-pfx 2001:db8::/64 --dst-pfx fd00::/64
ip6tables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1024-2048
ip6tables -t nat -A POSTROUTING -j SNAT --to-source 2001:db8::1-2001:db8::5
ip6tables -t nat -A PREROUTING -p udp -j DNAT --to-destination [fd00::1]:53
ip6tables -t nat -A OUTPUT -p tcp -j REDIRECT --to-ports 8080
ip6tables -t nat -A PREROUTING -d 2001:db8:1::/64 -j NETMAP --to fd00:1::/64
nft list table ip6 filter
nft list table ip6 mangle
nft list table ip6 nat

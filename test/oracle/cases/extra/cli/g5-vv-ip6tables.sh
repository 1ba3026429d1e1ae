ip6tables -vv -A INPUT -m hl --hl-eq 3 -m rt --rt-type 0 -m frag --fragid 1 -m hbh --hbh-len 1 -m dst --dst-len 1 -m mh --mh-type 1 -m ah --ahspi 1 -m eui64 -m ipv6header --header hop -m srh --srh-next-hdr 1
ip6tables -vv -A INPUT -p tcp -s ::1/128 -d ::/0 -i lo -j REJECT --reject-with tcp-reset
ip6tables -vv -A INPUT ! -s fe80::/64 ! -d 2001:db8:1::/48 -p udp --dport 546
ip6tables -vv -A OUTPUT -d ff02::1:ff00:0/104 -j HL --hl-set 5
ip6tables -vv -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ip6tables -vv -t nat -A PREROUTING -p tcp -j DNAT --to-destination [2001:db8::1]:80
ip6tables -vv -t nat -A POSTROUTING -j SNAT --to-source 2001:db8::2
ip6tables -vv -t mangle -A PREROUTING -j NPT --src-pfx 2001:db8::/64 --dst-pfx 2001:db9::/64
ip6tables -vv -t mangle -A PREROUTING -m mark --mark 1/3 -j MARK --set-mark 2
ip6tables -vv -A INPUT -p ipv6-icmp --icmpv6-type 135 -j ACCEPT
ip6tables -vv -S
ip6tables -vv -L INPUT 2
ip6tables -vv -D INPUT 1
ip6tables -vv -R INPUT 1 -s 2001:db8::/ffff:ffff:: -j DROP
ip6tables -vv -F INPUT
ip6tables -vv -t nat -P INPUT DROP
ip6tables -vv -N x6
ip6tables -vv -X x6

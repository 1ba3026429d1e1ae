ip6tables-legacy -N m
ip6tables-legacy -A m -p tcp --dport 22 -j ACCEPT
ip6tables-legacy -A m -p udp --dport 53 -j ACCEPT
ip6tables-legacy -A m -p ipv6-icmp --icmpv6-type 128 -j ACCEPT
ip6tables-legacy -A m -p tcp -m multiport --dports 1,2 -j ACCEPT
ip6tables-legacy -A m -m state --state NEW -j ACCEPT
ip6tables-legacy -A m -m conntrack --ctstate NEW -j ACCEPT
ip6tables-legacy -A m -m comment --comment x -j ACCEPT
ip6tables-legacy -A m -m mark --mark 1 -j ACCEPT
ip6tables-legacy -A m -m limit --limit 1/s -j ACCEPT
ip6tables-legacy -A m -m hl --hl-eq 3 -j ACCEPT
ip6tables-legacy -A m -m rt --rt-type 0 -j ACCEPT
ip6tables-legacy -A m -m frag --fragid 1 -j ACCEPT
ip6tables-legacy -A m -m hbh --hbh-len 1 -j ACCEPT
ip6tables-legacy -A m -m dst --dst-len 1 -j ACCEPT
ip6tables-legacy -A m -p mh -m mh --mh-type 1 -j ACCEPT
ip6tables-legacy -A m -m ah --ahspi 1 -j ACCEPT
ip6tables-legacy -A m -m eui64 -j ACCEPT
ip6tables-legacy -A m -m ipv6header --header hop -j ACCEPT
ip6tables-legacy -A m -m addrtype --src-type LOCAL -j ACCEPT
ip6tables-legacy -A m -m iprange --src-range ::1-::2 -j ACCEPT
ip6tables-legacy -A m -m mac --mac-source 00:11:22:33:44:55 -j ACCEPT
ip6tables-legacy -A m -m length --length 10 -j ACCEPT
ip6tables-legacy -A m -m recent --name x --set -j ACCEPT
ip6tables-legacy -A m -m owner --uid-owner 0 -j ACCEPT
ip6tables-legacy -A m -m hashlimit --hashlimit-upto 1/s --hashlimit-name h -j ACCEPT
ip6tables-legacy -A m -m connlimit --connlimit-above 2 -j ACCEPT
ip6tables-legacy -A m -m policy --dir in --pol none -j ACCEPT
ip6tables-legacy -A m -p esp -m esp --espspi 1 -j ACCEPT
ip6tables-legacy -t mangle -A POSTROUTING -j LOG
ip6tables-legacy -t mangle -A POSTROUTING -j MARK --set-mark 1
ip6tables-legacy -t mangle -A POSTROUTING -j NFLOG
ip6tables-legacy -t mangle -A POSTROUTING -j NFQUEUE --queue-num 1
ip6tables-legacy -t mangle -A POSTROUTING -j CONNMARK --save-mark
ip6tables-legacy -t mangle -A POSTROUTING -j HL --hl-set 5
ip6tables-legacy -t mangle -A POSTROUTING -j TCPMSS -p tcp --tcp-flags SYN,RST SYN --clamp-mss-to-pmtu
ip6tables-legacy -A INPUT -j REJECT
ip6tables-legacy -A INPUT -s 2001:db8::/32 -d ::1 -i eth+ ! -o lo -p tcp -g m -c 3 4
ip6tables-legacy -A INPUT ! -s 2001:db8::/ffff:0:ffff:: -j m
ip6tables-legacy -A INPUT -j QUEUE
ip6tables-legacy -A INPUT ! -p udp
ip6tables-legacy -t nat -A POSTROUTING -j MASQUERADE
ip6tables-legacy -t nat -A PREROUTING -p tcp -j DNAT --to-destination [::1]:80
ip6tables-legacy -t nat -A POSTROUTING -j SNAT --to-source ::1
ip6tables-legacy -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 1
ip6tables-legacy -vv -L -n
ip6tables-legacy -t mangle -vv -S
ip6tables-legacy -t nat -vv -S
ip6tables-legacy -vv -D INPUT 9

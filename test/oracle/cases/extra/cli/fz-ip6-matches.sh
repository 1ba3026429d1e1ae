ip6tables -A INPUT -m conntrack --ctorigsrc 2001:db8::1 -j ACCEPT
ip6tables -A INPUT -m conntrack --ctorigdst 2001:db8::/64 --ctstate NEW -j ACCEPT
ip6tables -A INPUT -m conntrack ! --ctreplsrc fe80::1/10 -j ACCEPT
ip6tables -A INPUT -m conntrack --ctorigsrc 10.0.0.1 -j ACCEPT
ip6tables -A INPUT -m iprange --src-range 2001:db8::1-2001:db8::ff -j ACCEPT
ip6tables -A INPUT -m iprange ! --dst-range fe80::1-fe80::2 -j ACCEPT
ip6tables -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.5 -j ACCEPT
ip6tables -A INPUT -m recent --set --name v6 --mask ffff:ffff:ffff:ffff:: -j ACCEPT
ip6tables -A INPUT -m recent --update --seconds 60 --hitcount 4 --name v6 -j DROP
ip6tables -A INPUT -p tcp --syn -m connlimit --connlimit-above 10 --connlimit-mask 64 -j REJECT
ip6tables -A INPUT -p tcp --syn -m connlimit --connlimit-above 10 -j REJECT --reject-with tcp-reset
ip6tables -A INPUT -p tcp -m connlimit --connlimit-upto 3 --connlimit-mask 128 -j ACCEPT
ip6tables -A INPUT -p tcp -m connlimit --connlimit-upto 3 --connlimit-mask 129 -j ACCEPT
ip6tables -A INPUT -m addrtype --dst-type LOCAL -j ACCEPT
ip6tables -A INPUT -m addrtype --src-type MULTICAST -j DROP
ip6tables -A INPUT -m pkttype --pkt-type multicast -j ACCEPT
ip6tables -A INPUT -m mac --mac-source 00:11:22:33:44:55 -j ACCEPT
ip6tables -A OUTPUT -m owner --uid-owner 0 -j ACCEPT
ip6tables -A INPUT -m length --length 0:1280 -j ACCEPT
ip6tables -A INPUT -m mark --mark 0x1/0xff -j ACCEPT
ip6tables -A INPUT -m tos --tos 0x10 -j ACCEPT
ip6tables -A INPUT -m dscp --dscp 10 -j ACCEPT
ip6tables -A INPUT -m ecn --ecn-tcp-cwr -p tcp -j ACCEPT
ip6tables -A INPUT -m ecn --ecn-ip-ect 1 -j ACCEPT
ip6tables -A INPUT -p esp -m esp --espspi 100 -j ACCEPT
ip6tables -A INPUT -p udp -m multiport --sports 53,123 -j ACCEPT
ip6tables -A INPUT -p sctp --dport 80 -j ACCEPT
ip6tables -A INPUT -p udplite -j ACCEPT
ip6tables -A INPUT -m statistic --mode nth --every 2 -j ACCEPT
ip6tables -A INPUT -m u32 --u32 "0>>22&0x3C@12>>26&0x3C@0=0x0" -j ACCEPT
ip6tables -A INPUT -m rpfilter -j ACCEPT
ip6tables -t raw -A PREROUTING -m rpfilter --invert -j DROP
ip6tables -A INPUT -m socket -j ACCEPT
ip6tables -A INPUT -m iprange --src-range 2001:db8::9-2001:db8::1 -j ACCEPT
ip6tables -A INPUT -m conntrack --ctorigsrc nosuch.example -j ACCEPT
ip6tables -A INPUT -m conntrack --ctorigdst 2001:db8::1/ffff:ffff:: -j ACCEPT
ip6tables -A INPUT -m conntrack --ctorigdst 2001:db8::1/ffff:0:ffff:: -j ACCEPT
ip6tables -A INPUT -m conntrack --ctorigdst 2001:db8::1/129 -j ACCEPT
ip6tables -A INPUT -m recent --rcheck --mask 10.0.0.0 -j ACCEPT
ip6tables -S
ip6tables -L -n
ip6tables -L

ip6tables-translate -A FORWARD -m ah ! --ahres
ip6tables-translate -A FORWARD -m hbh --hbh-opts 0x
ip6tables-translate -A FORWARD -m hbh --hbh-opts 1:2:3
ip6tables-translate -A FORWARD -p mh -m mh --mh-type :2
ip6tables-translate -A FORWARD -p mh -m mh --mh-type b
ip6tables-translate -A FORWARD -p mh -m mh --mh-type ba:bu
ip6tables-translate -A FORWARD -p mh -m mh --mh-type home-test
ip6tables-translate -A INPUT -d 2001:db8::1/ffff:0:ffff:: -j DROP
ip6tables-translate -A INPUT -m addrtype --dst-type LOCAL,NAT
ip6tables-translate -A INPUT -m addrtype --src-type XRESOLVE
ip6tables-translate -A INPUT -m ah ! --ahspi 5 ! --ahlen 3 -j ACCEPT
ip6tables-translate -A INPUT -m ah --ahlen 0 -j DROP
ip6tables-translate -A INPUT -m ah --ahlen 300 -j ACCEPT
ip6tables-translate -A INPUT -m ah --ahlen x -j DROP
ip6tables-translate -A INPUT -m ah --ahres -j DROP
ip6tables-translate -A INPUT -m ah --ahspi 100:200 --ahlen 4 --ahres -j ACCEPT
ip6tables-translate -A INPUT -m connbytes --connbytes 10:100 --connbytes-dir both --connbytes-mode bytes -j DROP
ip6tables-translate -A INPUT -m conntrack ! --ctreplsrc fe80::1/10 -j ACCEPT
ip6tables-translate -A INPUT -m conntrack --ctorigdst 2001:db8::/64 --ctstate NEW -j ACCEPT
ip6tables-translate -A INPUT -m conntrack --ctorigdst 2001:db8::1/ffff:0:ffff:: -j ACCEPT
ip6tables-translate -A INPUT -m frag ! --fragid 7 -j DROP
ip6tables-translate -A INPUT -m frag ! --fraglen 8 ! --fragid 1:2 -j DROP
ip6tables-translate -A INPUT -m frag ! --fragres -j DROP
ip6tables-translate -A INPUT -m frag --fragfirst --fragmore -j DROP
ip6tables-translate -A INPUT -m frag --fragid 0:4294967295 -j DROP
ip6tables-translate -A INPUT -m frag --fragid 1 --fragid 2 -j DROP
ip6tables-translate -A INPUT -m frag --fragid 100 -j ACCEPT
ip6tables-translate -A INPUT -m frag --fragid 100:200 --fraglen 8 --fragres --fragfirst -j ACCEPT
ip6tables-translate -A INPUT -m frag --fragid 5: -j DROP
ip6tables-translate -A INPUT -m frag --fragid 5:3 -j DROP
ip6tables-translate -A INPUT -m frag --fragid :5 -j DROP
ip6tables-translate -A INPUT -m frag --fraglast --fragmore -j DROP
ip6tables-translate -A INPUT -m frag --fraglast -j DROP
ip6tables-translate -A INPUT -m frag --fraglen x -j DROP
ip6tables-translate -A INPUT -m frag --fragmore --fraglast -j DROP
ip6tables-translate -A INPUT -m frag --fragmore -j DROP
ip6tables-translate -A INPUT -m frag --fragres -j DROP
ip6tables-translate -A INPUT -m frag -j DROP
ip6tables-translate -A INPUT -m hbh ! --hbh-len 4 --hbh-opts 5 -j DROP
ip6tables-translate -A INPUT -m hbh --hbh-len 0 -j DROP
ip6tables-translate -A INPUT -m hbh --hbh-len x -j DROP
ip6tables-translate -A INPUT -m hbh --hbh-opts 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16
ip6tables-translate -A INPUT -m hbh --hbh-opts 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17
ip6tables-translate -A INPUT -m hbh --hbh-opts 1:2,3 -j DROP
ip6tables-translate -A INPUT -m hbh --hbh-opts 1:300 -j DROP
ip6tables-translate -A INPUT -m hbh --hbh-opts 300 -j DROP
ip6tables-translate -A INPUT -m hbh --hbh-opts x -j DROP
ip6tables-translate -A INPUT -m hbh -j DROP
ip6tables-translate -A INPUT -m ipv6header --header ipv6-opts,ipv6-nonxt,ah,protocol,ipv6-frag -j DROP
ip6tables-translate -A INPUT -m mh --mh-type 5 -j ACCEPT
ip6tables-translate -A INPUT -m rt ! --rt-len 8 -j DROP
ip6tables-translate -A INPUT -m rt ! --rt-segsleft 3 --rt-len 8 -j DROP
ip6tables-translate -A INPUT -m rt ! --rt-type 2 -j DROP
ip6tables-translate -A INPUT -m rt --rt-0-res -j DROP
ip6tables-translate -A INPUT -m rt --rt-segsleft 1:5 -j DROP
ip6tables-translate -A INPUT -m rt --rt-type 0 --rt-0-addrs 2001:db8::1 --rt-0-not-strict -j DROP
ip6tables-translate -A INPUT -m rt --rt-type 0 --rt-0-addrs 2001:db8::1,2001:db8::2 -j DROP
ip6tables-translate -A INPUT -m rt --rt-type 0 --rt-0-res -j DROP
ip6tables-translate -A INPUT -m rt --rt-type 0 -j DROP
ip6tables-translate -A INPUT -m rt --rt-type 256 -j DROP
ip6tables-translate -A INPUT -m rt --rt-type x -j DROP
ip6tables-translate -A INPUT -m rt -j DROP
ip6tables-translate -A INPUT -p AH -j ACCEPT
ip6tables-translate -A INPUT -p dccp --dport 1 -j DROP
ip6tables-translate -A INPUT -p ipv6-mh -m mh -j ACCEPT
ip6tables-translate -A INPUT -p ipv6-opts -j ACCEPT
ip6tables-translate -A INPUT -p mh --mh-type home-test -j ACCEPT
ip6tables-translate -A INPUT -p mh -j ACCEPT
ip6tables-translate -A INPUT -p mh -m mh ! --mh-type 1:4 -j ACCEPT
ip6tables-translate -A INPUT -p mh -m mh ! --mh-type home-test
ip6tables-translate -A INPUT -p mh -m mh --mh-type 1:bogus
ip6tables-translate -A INPUT -p mh -m mh --mh-type binding-update -j ACCEPT
ip6tables-translate -A INPUT -p mh -m mh --mh-type bogus
ip6tables-translate -A INPUT -p mh -m mh --mh-type bu -j ACCEPT
ip6tables-translate -A INPUT -p mh -m mh --mh-type bu:300
ip6tables-translate -A INPUT -p tcp --syn -m connlimit --connlimit-above 10 --connlimit-mask 64 -j REJECT
ip6tables-translate -A INPUT ! -s ::/0 -j ACCEPT
ip6tables-translate -A INPUT -j AUDIT --type drop
ip6tables-translate -A INPUT -j REJECT
ip6tables-translate -A INPUT -j REJECT --reject-with icmp6-no-route
ip6tables-translate -A INPUT -j ULOG
ip6tables-translate -A INPUT -m addrtype --src-type UNICAST
ip6tables-translate -A INPUT -m devgroup --src-group 1 -j DROP
ip6tables-translate -A INPUT -m eui64 -j ACCEPT
ip6tables-translate -A INPUT -m helper --helper ftp -j DROP
ip6tables-translate -A INPUT -m ipv6-icmp --icmpv6-type 2 -j ACCEPT
ip6tables-translate -A INPUT -m ipv6header --header tcp -j DROP
ip6tables-translate -A INPUT -m owner --uid-owner 0 -j DROP
ip6tables-translate -A INPUT -m rpfilter -j ACCEPT
ip6tables-translate -A INPUT -m time --timestart 09:00 --timestop 17:00 -j DROP
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type "" -j ACCEPT
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type "destination" -j ACCEPT
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type "t" -j ACCEPT
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type 1x -j ACCEPT
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type no-route -j ACCEPT
ip6tables-translate -A INPUT -p ipv6 -j ACCEPT

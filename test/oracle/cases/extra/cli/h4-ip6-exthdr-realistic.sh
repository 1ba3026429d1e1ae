# extension-header matches as hardening guides use them
ip6tables -A INPUT -m rt --rt-type 0 -j DROP
ip6tables -A FORWARD -m rt --rt-type 0 -j DROP
ip6tables -A OUTPUT -m rt --rt-type 0 -j DROP
ip6tables -A INPUT -m rt --rt-type 0 --rt-segsleft 0 -j ACCEPT
ip6tables -A INPUT -m rt --rt-type 0 --rt-segsleft 1:5 --rt-len 40 -j DROP
ip6tables -A INPUT -m rt --rt-type 0 --rt-0-res --rt-0-addrs 2001:db8::1,2001:db8::2 --rt-0-not-strict -j DROP
ip6tables -A INPUT -m rt --rt-type 2 -j ACCEPT
ip6tables -A INPUT -m frag --fragfirst -j LOG --log-prefix "frag first: "
ip6tables -A INPUT -m frag --fragmore -j DROP
ip6tables -A INPUT -m frag --fraglast --fragid 100:200 -j DROP
ip6tables -A INPUT -m frag ! --fragid 5 --fragres --fraglen 8 -j ACCEPT
ip6tables -A INPUT -m ipv6header --header frag --soft -j DROP
ip6tables -A INPUT -m ipv6header --header hop-by-hop,dst,route -j DROP
ip6tables -A INPUT -m ipv6header ! --header ipv6-nonxt -j ACCEPT
ip6tables -A INPUT -m ipv6header --header 0,43,44,50,51,60 --soft -j ACCEPT
ip6tables -A INPUT -m ipv6header --header esp,auth,icmp,none,proto -j ACCEPT
ip6tables -A INPUT -m hbh --hbh-len 8 --hbh-opts 1:4,5 -j ACCEPT
ip6tables -A INPUT -m hbh ! --hbh-len 0 -j DROP
ip6tables -A INPUT -m dst --dst-len 0 --dst-opts 201:16 -j ACCEPT
ip6tables -A INPUT -m dst --dst-opts 1,2,3 -j DROP
ip6tables -A INPUT -p esp -m esp --espspi 0x100:0x200 -j ACCEPT
ip6tables -A INPUT -p ah -m ah --ahspi 500 --ahlen 4 --ahres -j ACCEPT
ip6tables -A INPUT -m ah ! --ahspi 7 -j ACCEPT
ip6tables -A INPUT -p mh -m mh --mh-type binding-update -j ACCEPT
ip6tables -A INPUT -p mobility-header --mh-type home-test:care-of-test -j ACCEPT
ip6tables -A INPUT -p 135 -m mh ! --mh-type 5 -j DROP
ip6tables -A INPUT -m mh --mh-type bu -j ACCEPT
ip6tables -A INPUT -i eth0 -m eui64 -j ACCEPT
ip6tables -A PREROUTING -t mangle -m eui64 -j ACCEPT
ip6tables -A OUTPUT -m eui64 -j ACCEPT
ip6tables -A INPUT -m hl --hl-lt 2 -j DROP
ip6tables -A INPUT -m hl ! --hl-eq 255 -p icmpv6 --icmpv6-type router-advertisement -j DROP
ip6tables -A INPUT -m hl --hl-gt 64 -j ACCEPT
ip6tables -S
ip6tables -L -n
ip6tables -t mangle -S
ip6tables -p mh -h | tail -n 30

ip6tables -A INPUT -m rt --rt-type 0 -j DROP
ip6tables -A INPUT -m rt ! --rt-type 2 -j DROP
ip6tables -A INPUT -m rt --rt-segsleft 1:5 -j DROP
ip6tables -A INPUT -m rt ! --rt-segsleft 3 --rt-len 8 -j DROP
ip6tables -A INPUT -m rt ! --rt-len 8 -j DROP
ip6tables -A INPUT -m rt --rt-type 0 --rt-0-res -j DROP
ip6tables -A INPUT -m rt --rt-type 0 --rt-0-addrs 2001:db8::1,2001:db8::2 -j DROP
ip6tables -A INPUT -m rt --rt-type 0 --rt-0-addrs 2001:db8::1 --rt-0-not-strict -j DROP
ip6tables -A INPUT -m rt --rt-0-res -j DROP
ip6tables -A INPUT -m rt -j DROP
ip6tables -A INPUT -m rt --rt-type x -j DROP
ip6tables -A INPUT -m rt --rt-type 256 -j DROP
ip6tables -A INPUT -m ipv6header --header frag -j DROP
ip6tables -A INPUT -m ipv6header --header hop-by-hop,ipv6-route --soft -j DROP
ip6tables -A INPUT -m ipv6header ! --header 44 -j DROP
ip6tables -A INPUT -m ipv6header --header hop,dst,route,frag,auth,esp,none,prot -j DROP
ip6tables -A INPUT -m ipv6header --header ipv6-opts,ipv6-nonxt,ah,protocol,ipv6-frag -j DROP
ip6tables -A INPUT -m ipv6header --header 0,60,255 -j DROP
ip6tables -A INPUT -m ipv6header --header bogus -j DROP
ip6tables -A INPUT -m ipv6header --soft -j DROP
ip6tables -A INPUT -m ipv6header --header tcp -j DROP
ip6tables -A INPUT -m eui64 -j ACCEPT
ip6tables -A OUTPUT -m eui64 -j ACCEPT
ip6tables -A INPUT -m hbh --hbh-len 0 -j DROP
ip6tables -A INPUT -m dst ! --dst-len 8 -j DROP
ip6tables -m rt -h | sed -n '/^rt/,$ p'
ip6tables -m ipv6header -h | sed -n '/^ipv6header/,$ p'
ip6tables -m eui64 -h | tail -3
ip6tables -A INPUT -m hbh --hbh-len 0 -j DROP
ip6tables -A INPUT -m hbh --hbh-opts 1:2,3 -j DROP
ip6tables -A INPUT -m hbh ! --hbh-len 4 --hbh-opts 5 -j DROP
ip6tables -A INPUT -m dst ! --dst-len 8 -j DROP
ip6tables -A INPUT -m dst --dst-opts 194:4 -j DROP
ip6tables -A INPUT -m hbh --hbh-opts 300 -j DROP
ip6tables -A INPUT -m hbh --hbh-opts 1:300 -j DROP
ip6tables -A INPUT -m hbh --hbh-opts x -j DROP
ip6tables -A INPUT -m hbh --hbh-len x -j DROP
ip6tables -A INPUT -m hbh -j DROP
ip6tables -S
ip6tables -L -n
ip6tables -m hbh -h | sed -n '/^hbh/,$ p'
ip6tables -m dst -h | sed -n '/^dst/,$ p'

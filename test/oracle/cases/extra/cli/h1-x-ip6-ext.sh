ip6tables -A INPUT -m frag --fragid 100 -j DROP
ip6tables -A INPUT -m frag --fragid 100:200 --fraglen 8 -j DROP
ip6tables -A INPUT -m frag --fragfirst -j DROP
ip6tables -A INPUT -m frag --fragmore -j DROP
ip6tables -A INPUT -m frag --fraglast -j DROP
ip6tables -A INPUT -m frag --fragres -j DROP
ip6tables -A INPUT -m frag ! --fragid 5 -j DROP
ip6tables -A INPUT -m ipv6header --header hop-by-hop,frag -j DROP
ip6tables -A INPUT -m ipv6header --header ipv6-route --soft -j DROP
ip6tables -A INPUT -m ipv6header ! --header esp -j DROP
ip6tables -A INPUT -m ipv6header --header 44,43 -j DROP
ip6tables -A INPUT -m rt --rt-type 0 --rt-segsleft 0 -j DROP
ip6tables -A INPUT -m rt --rt-type 2 -j DROP
ip6tables -A INPUT -m rt --rt-len 8 -j DROP
ip6tables -A INPUT -m hbh --hbh-len 8 -j DROP
ip6tables -A INPUT -m hbh --hbh-opts 1:2,5 -j DROP
ip6tables -A INPUT -m dst --dst-len 4 -j DROP
ip6tables -A INPUT -p mh -m mh --mh-type binding-update -j DROP
ip6tables -A INPUT -p mh -m mh --mh-type 3:5 -j DROP
ip6tables -A INPUT -p ipv6-mh -m mh --mh-type 1 -j DROP
ip6tables -A INPUT -m eui64 -j DROP
ip6tables -A INPUT -f -j DROP
ip6tables -A INPUT -m ah --ahspi 500 -j DROP
ip6tables -A INPUT -p esp -m esp --espspi 100:200 -j DROP
ip6tables -S INPUT
ip6tables -L INPUT -n
ip6tables -L INPUT -n -v
ip6tables-save -t filter
ip6tables -A INPUT -m frag --fragid abc -j DROP
ip6tables -A INPUT -m ipv6header --header bogus -j DROP
ip6tables -A INPUT -m ipv6header -j DROP
ip6tables -A INPUT -m rt --rt-type 256 -j DROP
ip6tables -A INPUT -m mh --mh-type 1 -j DROP
ip6tables -A INPUT -p mh -m mh --mh-type bogus -j DROP
iptables -A INPUT -m frag --fragid 1 -j DROP
iptables -A INPUT -m eui64 -j DROP
iptables -A INPUT -m ah --ahspi 500 -j DROP
iptables -A INPUT -m ah --ahspi 500 -p ah -j DROP
iptables -A INPUT -m esp --espspi 1 -p esp -j DROP
iptables -S INPUT
iptables -L INPUT -n

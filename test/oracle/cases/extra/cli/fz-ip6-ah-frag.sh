ip6tables -A INPUT -m ah --ahspi 100 -j ACCEPT
ip6tables -A INPUT -m ah --ahspi 100:200 --ahlen 4 --ahres -j ACCEPT
ip6tables -A INPUT -m ah ! --ahspi 5 ! --ahlen 3 -j ACCEPT
ip6tables -A INPUT -m ah -j ACCEPT
ip6tables -A INPUT -p ah -m ah --ahspi 1 -j ACCEPT
ip6tables -A INPUT -m ah --ahlen 300 -j ACCEPT
ip6tables -A INPUT -m ah --ahspi x -j ACCEPT
ip6tables -A INPUT -m frag --fragid 100 -j ACCEPT
ip6tables -A INPUT -m frag --fragid 100:200 --fraglen 8 --fragres --fragfirst -j ACCEPT
ip6tables -A INPUT -m frag --fragmore -j DROP
ip6tables -A INPUT -m frag --fraglast -j DROP
ip6tables -A INPUT -m frag ! --fragid 7 -j DROP
ip6tables -A INPUT -m frag -j DROP
ip6tables -A INPUT -m frag --fragfirst --fragmore -j DROP
ip6tables -m ah -h | sed -n '/^ah/,$ p'
ip6tables -m frag -h | sed -n '/^frag/,$ p'
ip6tables -A INPUT -m frag --fragmore --fraglast -j DROP
ip6tables -A INPUT -m frag --fraglast --fragmore -j DROP
ip6tables -A INPUT -m frag --fraglen x -j DROP
ip6tables -A INPUT -m frag ! --fraglen 8 ! --fragid 1:2 -j DROP
ip6tables -A INPUT -m frag --fragid 5:3 -j DROP
ip6tables -A INPUT -m frag --fragid 1 --fragid 2 -j DROP
ip6tables -A INPUT -m frag ! --fragres -j DROP
ip6tables -A INPUT -m frag --fragres -j DROP
ip6tables -A INPUT -m frag --fragid 0:4294967295 -j DROP
ip6tables -A INPUT -m frag --fragid :5 -j DROP
ip6tables -A INPUT -m frag --fragid 5: -j DROP
ip6tables -A INPUT -m ah --ahlen x -j DROP
ip6tables -A INPUT -m ah --ahres -j DROP
ip6tables -A INPUT -m ah ! --ahspi 1:2 -j DROP
ip6tables -A INPUT -m ah --ahspi 0:4294967295 -j DROP
ip6tables -A INPUT -m ah --ahspi 7:3 -j DROP
ip6tables -A INPUT -m ah --ahlen 0 -j DROP
iptables -A INPUT -p ah -m ah --ahlen 4 -j DROP
iptables -A INPUT -m ah --ahspi 4 -j DROP
iptables -m ah -h | sed -n '/^ah/,$ p'
ip6tables -S
ip6tables -L -n

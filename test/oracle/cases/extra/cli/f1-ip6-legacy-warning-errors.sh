ip6tables -N web6
ip6tables -A INPUT -s 2001:db8::1 -j ACCEPT
ip6tables-legacy -A INPUT -s 2001:db8::2 -j ACCEPT
ip6tables -L NOPE
ip6tables -S NOPE
ip6tables -L INPUT 5 -n
ip6tables -S INPUT 5
ip6tables -S INPUT 0
ip6tables -L web6 -n
ip6tables -t nat -L NOPE -n
ip6tables -L -Z NOPE
ip6tables -Z NOPE
ip6tables -F NOPE
ip6tables -S -t bogus
ip6tables -C INPUT -j DROP
iptables -L NOPE
iptables -S
iptables-legacy -N leg
iptables -S NOPE
iptables -L INPUT 3
iptables -L -Z NOPE
ip6tables-legacy -F
ip6tables -L NOPE

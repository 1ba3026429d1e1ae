ip6tables -A INPUT -s ::3 -j ACCEPT
ip6tables -A INPUT -d 2001:db8::1/64 -j DROP
ip6tables -A INPUT -s 2001:0db8:0000:0000:0000:0000:0000:0001 -j DROP
ip6tables -A INPUT -s fe80::/10 -d ff02::5 -j ACCEPT
ip6tables -A INPUT -s ::/0 -j ACCEPT
ip6tables -A INPUT -s ::/128 -j ACCEPT
ip6tables -A INPUT ! -s ::1/127 -j ACCEPT
ip6tables -A INPUT -s ::ffff:10.0.0.1 -j ACCEPT
ip6tables -A INPUT -s 2001:db8:1:2:3:4:5:6/ffff:ffff:: -j ACCEPT
ip6tables -A INPUT -s 2001:db8::1,2001:db8::2 -j ACCEPT
ip6tables -A INPUT -s 2001:db8:abcd:1234:5678:9abc:def0:1234 -d 2001:db8:abcd:1234:5678:9abc:def0:1235 -j ACCEPT
ip6tables -L -n
ip6tables -L
ip6tables -L -v -n
ip6tables -S
ip6tables -A INPUT -s 2001:db8::/129 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::/abc -j ACCEPT
ip6tables -A INPUT -s 2001:db8:::1 -j ACCEPT
ip6tables -A INPUT -s 10.0.0.1/8 -j ACCEPT
ip6tables -A INPUT -s nosuchhost -j ACCEPT
ip6tables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
ip6tables -A INPUT -p icmp -j ACCEPT
ip6tables -A INPUT -f -j ACCEPT
ip6tables -v -A INPUT -s 2001:db8::5 -p tcp --dport 80 -j ACCEPT

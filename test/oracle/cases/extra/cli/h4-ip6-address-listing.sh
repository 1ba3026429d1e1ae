# address forms as engineers type them, and how -L lays out long addresses
ip6tables -A INPUT -s 2001:0db8:0000:0000:0000:0000:0000:0001 -j ACCEPT
ip6tables -A INPUT -s 2001:DB8:ABCD:12::/64 -j ACCEPT
ip6tables -A INPUT -s 2001:db8:abcd:0012:1234:5678:9abc:def0 -d 2001:db8:ffff:ffff:ffff:ffff:ffff:fffe -j ACCEPT
ip6tables -A INPUT -s ::ffff:192.0.2.10 -j DROP
ip6tables -A INPUT -s ::ffff:0:0/96 -j DROP
ip6tables -A INPUT -s 64:ff9b::192.0.2.33 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::/ffff:ffff:ffff:ffff:: -j ACCEPT
ip6tables -A INPUT -s 2001:db8::1/::ffff:ffff -j ACCEPT
ip6tables -A INPUT -s 2001:db8::/ffff:0:ffff:: -j ACCEPT
ip6tables -A INPUT -d ff02::1:ff00:0/104 -p icmpv6 -j ACCEPT
ip6tables -A INPUT -s fe80::/10 -d ff02::1 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::1/128 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::1/0 -j ACCEPT
ip6tables -A INPUT -s ::/0 -d ::/0 -j ACCEPT
ip6tables -A INPUT -s :: -j ACCEPT
ip6tables -A INPUT -s 2001:db8::1/129 -j ACCEPT
ip6tables -A INPUT -s 2001:db8:::1 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::g -j ACCEPT
ip6tables -A INPUT -s [2001:db8::1] -j ACCEPT
ip6tables -A INPUT -s 2001:db8::1,2001:db8::2/127 -j ACCEPT
ip6tables -A INPUT -s ::1 -j ACCEPT
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables -L -n -v
ip6tables -L -n -v -x
ip6tables -L --line-numbers -n
ip6tables -L -n --numeric -v --exact --line-numbers
ip6tables-save

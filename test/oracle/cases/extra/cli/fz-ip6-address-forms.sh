ip6tables -A INPUT -s bogus/0 -j ACCEPT
ip6tables -A INPUT ! -s ::/0 -j ACCEPT
ip6tables -A INPUT -d ::1/0 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::1/ffff:0:ffff:: -j ACCEPT
ip6tables -A INPUT -s 2001:db8::1/ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe -j ACCEPT
ip6tables -A INPUT -s ::1.2.3.4 -j ACCEPT
ip6tables -A INPUT -s ::2 -j ACCEPT
ip6tables -A INPUT -s ::ffff:0:0/96 -j ACCEPT
ip6tables -A INPUT -s 1:0:0:1:0:0:0:1 -j ACCEPT
ip6tables -A INPUT -s 1:0:0:0:1:0:0:1 -j ACCEPT
ip6tables -A INPUT -s 1:2:3:4:5:6:7:: -j ACCEPT
ip6tables -A INPUT -s ABCD::EF -j ACCEPT
ip6tables -A INPUT -s 0:0:0:0:0:0:0:0/64 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::/64,2001:db9::/48 -d ::1,::2 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::1/0x40 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::1/010 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::1/ -j ACCEPT
ip6tables -A INPUT -s 2001:db8::1/1.2.3.4 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::1/ffff::/12 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::1%eth0 -j ACCEPT
ip6tables -A INPUT -s [2001:db8::1] -j ACCEPT
ip6tables -A INPUT -s 1:2:3:4:5:6:7:8:9 -j ACCEPT
ip6tables -A INPUT -s 1::2::3 -j ACCEPT
ip6tables -A INPUT -s 12345:: -j ACCEPT
ip6tables -A INPUT -s ::01.2.3.4 -j ACCEPT
ip6tables -A INPUT -s ,::1 -j ACCEPT
ip6tables -A INPUT -s ::1, -j ACCEPT
ip6tables -S
ip6tables -L -n --line-numbers
ip6tables -D INPUT -s 2001:db8::/64 -d ::2 -j ACCEPT
ip6tables -C INPUT -s 2001:db9::/48 -d ::1/128 -j ACCEPT
ip6tables -C INPUT -s 2001:db9::/47 -d ::1/128 -j ACCEPT
ip6tables -D INPUT -s 2001:db9::1/48 -d ::1 -j ACCEPT
ip6tables -S INPUT
ip6tables -4 -A INPUT -j ACCEPT
ip6tables -6 -A INPUT -j ACCEPT
iptables -6 -A INPUT -j ACCEPT
iptables -4 -A INPUT -j ACCEPT
iptables -F
ip6tables -F
ip6tables -I INPUT -s ::1 -j ACCEPT
ip6tables -R INPUT 1 -s ::1,::2 -j ACCEPT
ip6tables -R INPUT 1 -d fe80::1 -j ACCEPT
ip6tables -v -I INPUT -s fe80::1,fe80::2 -p udp -j DROP
ip6tables -L -v -x -n
ip6tables-save -c
ip6tables -S -v

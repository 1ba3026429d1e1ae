iptables -A INPUT -s "1.2.3.4 " -j ACCEPT
iptables -A INPUT -s " 1.2.3.5" -j ACCEPT
iptables -A INPUT -s "1.2.3.6x" -j ACCEPT
iptables -A INPUT -s 1.2.3.7. -j ACCEPT
iptables -A INPUT -s 1..2.8 -j ACCEPT
iptables -A INPUT -s 1.2.3.09 -j ACCEPT
iptables -A INPUT -s 1.2.3.010 -j ACCEPT
iptables -A INPUT -s 0x7f.1 -j ACCEPT
iptables -A INPUT -s 4294967295 -j ACCEPT
iptables -A INPUT -s 4294967296 -j ACCEPT
iptables -A INPUT -s 16777217 -j ACCEPT
iptables -A INPUT -s +1.2.3.4 -j ACCEPT
iptables -A INPUT -s -1.2.3.4 -j ACCEPT
iptables -A INPUT -s 1.2.3.4/0x18 -j ACCEPT
iptables -A INPUT -s 1.2.3.4/030 -j ACCEPT
iptables -A INPUT -s "1.2.3.4/ 24" -j ACCEPT
iptables -A INPUT -s "1.2.3.4/24 " -j ACCEPT
iptables -A INPUT -s 1.2.3.4/+24 -j ACCEPT
iptables -A INPUT -s 1.2.3.4/255.255.255.0x0 -j ACCEPT
iptables -A INPUT -s 1.2.3.4/255.255.255 -j ACCEPT
iptables -A INPUT -s 1.2.3.4/0.0.0.255 -j ACCEPT
iptables -A INPUT -s 1.2.3.4// -j ACCEPT
iptables -A INPUT -s 1.2.3.4/24/8 -j ACCEPT
iptables -A INPUT -s LOCALHOST -j ACCEPT
iptables -A INPUT -s localhost. -j ACCEPT
iptables -A INPUT -s loopback -j ACCEPT
iptables -A INPUT -s link-local/16 -j ACCEPT
iptables -A INPUT -s default/0 -j ACCEPT
iptables -A INPUT -s anything/0 -j ACCEPT
iptables -S INPUT
ip6tables -A INPUT -s "::1 " -j ACCEPT
ip6tables -A INPUT -s ::1%lo -j ACCEPT
ip6tables -A INPUT -s fe80::1%1 -j ACCEPT
ip6tables -A INPUT -s fe80::1%eth9 -j ACCEPT
ip6tables -A INPUT -s ::1/0x40 -j ACCEPT
ip6tables -A INPUT -s ::1/0100 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::/ffff:: -j ACCEPT
ip6tables -A INPUT -s 2001:db8::/ffff:ff00:: -j ACCEPT
ip6tables -A INPUT -s 2001:db8::/::ffff -j ACCEPT
ip6tables -A INPUT -s 1:2:3:4:5:6:7:8:9 -j ACCEPT
ip6tables -A INPUT -s 1:2:3:4:5:6:7::8 -j ACCEPT
ip6tables -A INPUT -s ::1.2.3.4 -j ACCEPT
ip6tables -A INPUT -s 1::2:3:4:5:6:7 -j ACCEPT
ip6tables -A INPUT -s 01234::1 -j ACCEPT
ip6tables -A INPUT -s localhost -j ACCEPT
ip6tables -A INPUT -s anything/0 -j ACCEPT
ip6tables -S INPUT
ip6tables -L INPUT -n

iptables -A INPUT -s localhost -j ACCEPT
iptables -A INPUT -s localhost/8 -j ACCEPT
iptables -A INPUT -s 0/0 -j ACCEPT
iptables -A INPUT -s any/0 -j ACCEPT
iptables -A INPUT -s 1.2.3.4/0 -j ACCEPT
iptables -A INPUT -s 1.2.3.4/255.255.0.255 -j ACCEPT
iptables -A INPUT -s 1.2.3.4/33 -j ACCEPT
iptables -A INPUT -s 1.2.3.4/-1 -j ACCEPT
iptables -A INPUT -s "1.2.3.4/ 24" -j ACCEPT
iptables -A INPUT -s 1.2.3.4/024 -j ACCEPT
iptables -A INPUT -s 1.2.3.4/0x18 -j ACCEPT
iptables -A INPUT -s 01.02.03.010 -j ACCEPT
iptables -A INPUT -s 1.2.3 -j ACCEPT
iptables -A INPUT -s 1.2.3.4.5 -j ACCEPT
iptables -A INPUT -s 1.2.3.4, -j ACCEPT
iptables -A INPUT -s ,1.2.3.4 -j ACCEPT
iptables -A INPUT -s 1.2.3.4,,5.6.7.8 -j ACCEPT
iptables -A INPUT -s "1.2.3.4, 5.6.7.8" -j ACCEPT
iptables -A INPUT -s " 1.2.3.4" -j ACCEPT
iptables -A INPUT -s "1.2.3.4 " -j ACCEPT
iptables -A INPUT -s 1.2.3.4/ -j ACCEPT
iptables -A INPUT -s /24 -j ACCEPT
iptables -A INPUT -s 10.0.0.0/8/8 -j ACCEPT
iptables -A INPUT -s 10.0.0.0/255.0.0 -j ACCEPT
iptables -A INPUT -s 10.0.0.0/255.255.255.256 -j ACCEPT
iptables -A INPUT -s 192.168.1.1-192.168.1.10 -j ACCEPT
iptables -A INPUT -s 2001:db8::1 -j ACCEPT
iptables -A INPUT -s 1.2.3.4%lo -j ACCEPT
iptables -A INPUT -s 0x01020304 -j ACCEPT
iptables -A INPUT -s 16909060 -j ACCEPT
iptables -A INPUT -s 1.2.3.4 -d 1.2.3.4/32,5.6.7.8/24 -j ACCEPT
iptables -S
iptables -L -n
iptables -L
ip6tables -A INPUT -s 2001:db8::/64/64 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::/0x40 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::/ffff:ffff:: -j ACCEPT
ip6tables -A INPUT -s 2001:db8::/ffff:0:ffff:: -j ACCEPT
ip6tables -A INPUT -s 2001:db8::/ -j ACCEPT
ip6tables -A INPUT -s 2001:db8::1, -j ACCEPT
ip6tables -A INPUT -s 2001:DB8::A -j ACCEPT
ip6tables -A INPUT -s 2001:0db8:0000:0000:0000:0000:0000:0001 -j ACCEPT
ip6tables -A INPUT -s ::ffff:1.2.3.4 -j ACCEPT
ip6tables -A INPUT -s ::1.2.3.4 -j ACCEPT
ip6tables -A INPUT -s 1:2:3:4:5:6:7:8:9 -j ACCEPT
ip6tables -A INPUT -s 1::2::3 -j ACCEPT
ip6tables -S
ip6tables -L -n
ip6tables -L
iptables -A INPUT -s nosuchhost/0.0.0.0 -d nosuch/0,1.2.3.4 -j DROP
iptables -A INPUT -s /0 -j DROP
iptables-legacy -A INPUT -s any/0 -j DROP
iptables-legacy -S INPUT
iptables -C INPUT -s whatever/0 -j ACCEPT
iptables -D INPUT -s whatever/0 -j ACCEPT
iptables-restore --noflush <<'EOT'
*filter
-A FORWARD -s anything/0 -d 10.1.1.1/0 -j ACCEPT
COMMIT
EOT
iptables -S

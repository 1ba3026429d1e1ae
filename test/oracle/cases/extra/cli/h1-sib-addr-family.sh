ip6tables -A INPUT -s 127.0.0.1 -j ACCEPT
echo rc=$?
ip6tables -A INPUT -s 10.0.0.0/8 -j ACCEPT
echo rc=$?
ip6tables -A INPUT -d 1.2.3.4 -j ACCEPT
echo rc=$?
ip6tables -A INPUT -s ::ffff:1.2.3.4 -j ACCEPT
ip6tables -A INPUT -s ::ffff:0:0/96 -j ACCEPT
ip6tables -A INPUT -s ::1.2.3.4 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::1/64 -j ACCEPT
ip6tables -A INPUT -s 2001:DB8::ABCD -j ACCEPT
ip6tables -A INPUT -s 2001:0db8:0000:0000:0000:0000:0000:0001 -j ACCEPT
ip6tables -A INPUT -s 2001:db8:0:0:1:0:0:1 -j ACCEPT
ip6tables -A INPUT -s 2001:0:0:1:0:0:0:1 -j ACCEPT
ip6tables -A INPUT -s fe80::1/ffff:ffff:ffff:ffff:: -j ACCEPT
ip6tables -A INPUT -s ::/0 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::/0 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::/127 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::/129 -j ACCEPT
echo rc=$?
ip6tables -A INPUT -s 2001:db8:::1 -j ACCEPT
echo rc=$?
ip6tables -A INPUT -s 2001:db8::1,2001:db8::2/127 -j ACCEPT
ip6tables -A INPUT -s [2001:db8::1] -j ACCEPT
echo rc=$?
ip6tables -S INPUT
ip6tables -L INPUT -n
iptables -A INPUT -s ::ffff:1.2.3.4 -j ACCEPT
echo rc=$?
iptables -A INPUT -s 10.0.0.1/33 -j ACCEPT
echo rc=$?
iptables -A INPUT -s 10.0.0.1/-1 -j ACCEPT
echo rc=$?
iptables -A INPUT -s 10.0.0.1/ -j ACCEPT
echo rc=$?
iptables -A INPUT -s 10.0.0.1/255.0.255.0 -j ACCEPT
iptables -A INPUT -s 10.0.0.1/255.255.0.0 -j ACCEPT
iptables -A INPUT -s 10.1/16 -j ACCEPT
iptables -A INPUT -s 10 -j ACCEPT
iptables -A INPUT -s 10.1.2 -j ACCEPT
iptables -A INPUT -s 0x0a000001 -j ACCEPT
iptables -A INPUT -s 010.0.0.1 -j ACCEPT
iptables -A INPUT -s 10.0.0.256 -j ACCEPT
echo rc=$?
iptables -A INPUT -s 10.0.0.1/0 -j ACCEPT
iptables -A INPUT -s 10.0.0.1/32,10.0.0.2 -j ACCEPT
iptables -A INPUT -s 10.0.0.0/8,10.0.0.0/8 -j ACCEPT
iptables -A INPUT -d 1.1.1.1,2.2.2.2 -s 3.3.3.3,4.4.4.4 -j ACCEPT
iptables -A INPUT -s 1.1.1.1, -j ACCEPT
echo rc=$?
iptables -A INPUT -s ,1.1.1.1 -j ACCEPT
echo rc=$?
iptables -A INPUT ! -s 1.1.1.1,2.2.2.2 -j ACCEPT
echo rc=$?
iptables -S INPUT
iptables -L INPUT -n --line-numbers
iptables -L INPUT -n -v
iptables -D INPUT -d 1.1.1.1,2.2.2.2 -s 3.3.3.3,4.4.4.4 -j ACCEPT
echo rc=$?
iptables -S INPUT

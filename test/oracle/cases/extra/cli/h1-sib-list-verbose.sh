ip6tables -A INPUT -i eth0 -o eth1 -p tcp -s 2001:db8::/32 -d 2001:db8::1 --dport 22 -j ACCEPT
ip6tables -A FORWARD -i eth+ ! -o lo -j DROP
ip6tables -A FORWARD ! -i eth0 ! -s ::1 ! -d fe80::/64 ! -p udp -j DROP
ip6tables -L -v
ip6tables -L -v -n
ip6tables -S
iptables -A INPUT ! -i eth0 ! -s 10.0.0.0/8 ! -d 192.168.0.1 ! -p tcp -j ACCEPT
iptables -A INPUT -f -j DROP
iptables -A INPUT ! -f -p udp -j DROP
iptables -A INPUT -i eth0.100 -j ACCEPT
iptables -A INPUT -i br-1234567890ab -j ACCEPT
iptables -A INPUT -i veth+ -o docker0 -j ACCEPT
iptables -A INPUT -i + -j ACCEPT
iptables -A INPUT -p all -j ACCEPT
iptables -A INPUT -p 0 -j ACCEPT
iptables -A INPUT -p 47 -j ACCEPT
iptables -A INPUT -p gre -j ACCEPT
iptables -A INPUT -p esp -j ACCEPT
iptables -A INPUT -p ah -j ACCEPT
iptables -A INPUT -p sctp -j ACCEPT
iptables -A INPUT -p udplite -j ACCEPT
iptables -A INPUT -p 255 -j ACCEPT
iptables -A INPUT -p 200 -j ACCEPT
iptables -A INPUT -p TCP -j ACCEPT
iptables -A INPUT -p ipv6-icmp -j ACCEPT
iptables -A INPUT -p icmpv6 -j ACCEPT
iptables -A INPUT -p ospf -j ACCEPT
iptables -A INPUT -p vrrp -j ACCEPT
iptables -A INPUT -p igmp -j ACCEPT
iptables -A INPUT -p dccp -j ACCEPT
iptables -L INPUT -v
iptables -L INPUT -v -n
iptables -L INPUT
iptables -S INPUT
iptables -A INPUT -p 256 -j ACCEPT
echo rc=$?
iptables -A INPUT -p bogus -j ACCEPT
echo rc=$?
iptables -A INPUT -p -1 -j ACCEPT
echo rc=$?
iptables -A INPUT -i "" -j ACCEPT
echo rc=$?
iptables -A INPUT -i abcdefghijklmnop -j ACCEPT
echo rc=$?
iptables -A INPUT -i abcdefghijklmno -j ACCEPT
echo rc=$?
iptables -A INPUT -i eth0! -j ACCEPT
echo rc=$?
iptables -A OUTPUT -i eth0 -j ACCEPT
echo rc=$?
iptables -A INPUT -o eth0 -j ACCEPT
echo rc=$?
iptables -A PREROUTING -t nat -o eth0 -j ACCEPT
echo rc=$?
iptables -t nat -A POSTROUTING -i eth0 -j ACCEPT
echo rc=$?
iptables -L INPUT -n --line-numbers -v

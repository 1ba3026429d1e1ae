ip6tables -A INPUT -p tcp --dport 22 -j ACCEPT
ip6tables -D INPUT -p tcp --dport 23 -j ACCEPT
echo rc=$?
ip6tables -D INPUT -p tcp --dport 22 -j DROP
echo rc=$?
ip6tables -D INPUT -p udp --dport 22 -j ACCEPT
echo rc=$?
ip6tables -D INPUT -p tcp --dport 22 -j ACCEPT
ip6tables -S INPUT
ip6tables -A INPUT -s 2001:db8::/32 -j DROP
ip6tables -A INPUT -s 2001:db8::/32 -j DROP
ip6tables -D INPUT -s 2001:db8:0:0::/32 -j DROP
ip6tables -S INPUT
ip6tables -D INPUT -s 2001:db8::/48 -j DROP
echo rc=$?
iptables -t nat -A POSTROUTING -s 10.0.0.0/8 -o eth0 -j MASQUERADE
iptables -t nat -D POSTROUTING -o eth0 -s 10.0.0.0/8 -j MASQUERADE
iptables -t nat -S POSTROUTING
iptables -t nat -D POSTROUTING -o eth0 -s 10.0.0.0/8 -j MASQUERADE
echo rc=$?
iptables -t mangle -A PREROUTING -p tcp --dport 80 -j MARK --set-mark 1
iptables -t mangle -D PREROUTING -p tcp --dport 80 -j MARK --set-mark 2
echo rc=$?
iptables -t mangle -D PREROUTING -p tcp --dport 80 -j MARK --set-mark 0x1
iptables -t mangle -S PREROUTING
iptables -A INPUT -s 10.0.0.0/8 -j DROP
iptables -D INPUT -s 10.1.2.3/8 -j DROP
iptables -S INPUT
iptables -A INPUT -p tcp --dport 22 -j ACCEPT -m comment --comment first
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -D INPUT -p tcp --dport 22 -j ACCEPT -m comment --comment second
echo rc=$?
iptables -D INPUT -p tcp --dport 22 -m comment --comment first -j ACCEPT
iptables -S INPUT
iptables --delete INPUT --protocol tcp --dport 22 --jump ACCEPT
iptables -S INPUT
iptables -D INPUT -p tcp --dport 22 -j ACCEPT
echo rc=$?
iptables -D INPUT -j NOPE
echo rc=$?
iptables -D INPUT -p tcp --dport 22
echo rc=$?
iptables -A INPUT -p tcp --dport 22
iptables -D INPUT -p tcp --dport 22 -j ACCEPT
echo rc=$?
iptables -D INPUT -p tcp --dport 22
iptables -S INPUT

ip6tables -A INPUT -p tcp --dport 22 -j ACCEPT
ip6tables -C INPUT -p tcp --dport 22 -j ACCEPT
echo rc=$?
ip6tables -C INPUT -p tcp --dport 23 -j ACCEPT
echo rc=$?
ip6tables -C INPUT -p tcp -m tcp --dport ssh -j ACCEPT
echo rc=$?
ip6tables -C NOPE -j ACCEPT
echo rc=$?
iptables -t nat -A PREROUTING -p tcp --dport 8080 -j REDIRECT --to-ports 80
iptables -t nat -C PREROUTING -p tcp --dport 8080 -j REDIRECT --to-ports 80
echo rc=$?
iptables -t nat -C PREROUTING -p tcp --dport 8080 -j REDIRECT --to-ports 81
echo rc=$?
iptables -t nat -C PREROUTING -p tcp --dport 8080 -j REDIRECT
echo rc=$?
iptables -C INPUT
echo rc=$?
iptables -C INPUT 1
echo rc=$?
iptables -C INPUT -j ACCEPT
echo rc=$?
iptables --check INPUT -j ACCEPT
echo rc=$?
iptables -A INPUT -s 10.0.0.1 -m comment --comment hello -j ACCEPT
iptables -C INPUT -s 10.0.0.1 -m comment --comment hello -j ACCEPT
echo rc=$?
iptables -C INPUT -s 10.0.0.1 -m comment --comment bye -j ACCEPT
echo rc=$?
iptables -C INPUT -s 10.0.0.1 -j ACCEPT
echo rc=$?
iptables -C INPUT -s 10.0.0.1/32 -m comment --comment hello -j ACCEPT
echo rc=$?
iptables -C INPUT -s 10.0.0.1/255.255.255.255 -m comment --comment "hello" -j ACCEPT
echo rc=$?
iptables -A INPUT -p tcp -m conntrack --ctstate NEW,ESTABLISHED -m tcp --dport 443 -j ACCEPT
iptables -C INPUT -p tcp -m conntrack --ctstate ESTABLISHED,NEW -m tcp --dport 443 -j ACCEPT
echo rc=$?
iptables -C INPUT -p tcp -m tcp --dport 443 -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT
echo rc=$?
iptables -C INPUT -p tcp -m state --state NEW,ESTABLISHED -m tcp --dport 443 -j ACCEPT
echo rc=$?
iptables -C INPUT -p tcp --dport 443 -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT
echo rc=$?
ip6tables -A INPUT -s 2001:db8::1,2001:db8::2 -j DROP
ip6tables -C INPUT -s 2001:db8::1,2001:db8::2 -j DROP
echo rc=$?
ip6tables -C INPUT -s 2001:db8::2,2001:db8::1 -j DROP
echo rc=$?
ip6tables -C INPUT -s 2001:db8::1 -j DROP
echo rc=$?
ip6tables -S INPUT
iptables -A INPUT -d 1.1.1.1,2.2.2.2 -p udp -j DROP
iptables -C INPUT -d 2.2.2.2,1.1.1.1 -p udp -j DROP
echo rc=$?
iptables -C INPUT -d 1.1.1.1 -p udp -j DROP
echo rc=$?
iptables -C INPUT -d 2.2.2.2 -p udp -j DROP
echo rc=$?
iptables -S INPUT
iptables-legacy -C INPUT -j ACCEPT
echo rc=$?

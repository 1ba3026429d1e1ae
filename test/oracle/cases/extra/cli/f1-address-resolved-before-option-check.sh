iptables -S -s owner
iptables -S -s 1.2.3.4
iptables -L -d nohost
iptables -F -s nohost
iptables -Z INPUT -d nohost/24
iptables -N x -s nohost
iptables -X x -d nohost
iptables -P INPUT DROP -s nohost
iptables -E a b -s nohost
iptables -L -s 1.2.3.4/33
iptables -S -i eth0 -s nohost
iptables -S -s nohost -p tcp --dport 22
iptables -L -p tcp --dport 22
iptables -L -p nosuchproto
iptables -L -s nohost -p nosuchproto
iptables -L -j nosuchtarget
iptables -L -s nohost -j nosuchtarget
iptables -L -s 1.2.3.4,5.6.7.8 -d 1.1.1.1,2.2.2.2
iptables -L -s 1.2.3.4,5.6.7.8 ! -d 1.1.1.1
iptables-legacy -S -s owner
iptables-legacy -L -s nohost -p nosuchproto
ip6tables -S -s owner
ip6tables -S -s 1.2.3.4
ip6tables-legacy -S -d nohost
iptables -S -s ""
iptables -S -s ,
iptables -A INPUT -s nohost -j nosuchtarget
iptables -A INPUT -j nosuchtarget -s nohost
iptables -A INPUT -s nohost -o eth0
iptables -t nat -A PREROUTING -s nohost -j DROP
iptables -t nat -A PREROUTING -j DROP -s nohost
iptables -A INPUT -s nohost -m tcp --dport 22
iptables -A INPUT -s nohost -p tcp -j REJECT --reject-with tcp-reset

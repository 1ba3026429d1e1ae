iptables -A INPUT -s 10.0.0.1 -c 3 4
iptables -A OUTPUT -c 0 9
iptables -N u
iptables -A u -c 1 0
iptables -vv -Z
iptables -vv -Z INPUT
iptables -A FORWARD -c 2 2
iptables -vv -L -Z FORWARD
iptables -vv -Z FORWARD 1
ip6tables -vv -A INPUT -s 2001:db8::1 -d fe80::/10 -p tcp --dport 22 -j ACCEPT
ip6tables -vv -A INPUT ! -s 2001:db8::/ffff:ffff:0:ffff:: -i eth0 -p ipv6-icmp --icmpv6-type 128 -j DROP
ip6tables -vv -N v6
ip6tables -vv -I INPUT 2 -g v6 -m hl --hl-eq 3
ip6tables -vv -S
ip6tables -vv -P FORWARD DROP
iptables-save > /tmp/g5save
iptables-restore --noflush <<'X'
*filter
-A INPUT -j DROP
COMMIT
X
iptables -vv -S INPUT
iptables -vv -A INPUT -p tcp -j ACCEPT
iptables-restore < /tmp/g5save
iptables -vv -S
iptables -vv -A u -j RETURN
iptables -vv -t nat -S

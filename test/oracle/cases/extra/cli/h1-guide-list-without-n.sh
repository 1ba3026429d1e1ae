# Guides that list without -n: service and host names from /etc/services and /etc/hosts, -L vs -nL vs -S for the same rules, --line-numbers, -x, and a listing of one chain by number
iptables -A INPUT -s 127.0.0.1 -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 80,443,8080,3306,5432,6379 -j ACCEPT
iptables -A INPUT -p udp --dport 53 -j ACCEPT
iptables -A INPUT -p udp --sport 67:68 --dport 67:68 -j ACCEPT
iptables -A INPUT -p tcp --dport 25:110 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 11 -j ACCEPT
iptables -A INPUT -d 224.0.0.1 -j ACCEPT
iptables -A INPUT -s 0.0.0.0/0 -d 127.0.0.0/8 -j ACCEPT
iptables -A INPUT -p 47 -j ACCEPT
iptables -A INPUT -p gre -j ACCEPT
iptables -A INPUT -p esp -j ACCEPT
iptables -A INPUT -p ah -j ACCEPT
iptables -A INPUT -p sctp --dport 9999 -j ACCEPT
iptables -A INPUT -p udplite -j ACCEPT
iptables -A INPUT -p ipv6 -j ACCEPT
iptables -A INPUT -p 0 -j ACCEPT
iptables -A INPUT -p 255 -j ACCEPT
iptables -L
iptables -nL
iptables -L INPUT 2
iptables -L INPUT 2 -n
iptables -L INPUT 99
iptables -L -x -v | head -5
iptables -vL INPUT --line-numbers | sed -n '1,4p'
iptables -S INPUT 3
iptables -S INPUT 0
iptables -S | grep -c -- '-p'

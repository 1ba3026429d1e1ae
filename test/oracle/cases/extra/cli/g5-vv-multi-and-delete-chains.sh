iptables -vv -A INPUT ! -s 0.0.0.0/0
iptables -vv -A INPUT -s 0.0.0.0/0 -d 0/0 -p all
iptables -vv -A INPUT -p tcp --dport 1:65535 --sport 0:65535
iptables -vv -A INPUT -m limit --limit 1000/s -m limit --limit 100/min -m limit --limit 7/hour
iptables -vv -A INPUT -m mark --mark 0xffffffff/0xffffffff -m mark --mark 0/0
iptables -vv -I INPUT 1 -s 1.1.1.1,2.2.2.2
iptables -vv -I INPUT 8 -s 3.3.3.3,4.4.4.4,5.5.5.5
iptables -vv -A INPUT -s 1.1.1.1,2.2.2.2 -d 3.3.3.3,4.4.4.4
iptables -vv -D INPUT -s 1.1.1.1,2.2.2.2
iptables -vv -C INPUT -s 3.3.3.3,4.4.4.4
iptables -vv -R INPUT 1 -s 9.9.9.9 -c 5 6
iptables -vv -A INPUT -c 10 20 -j DROP
iptables -vv -L INPUT -Z
iptables -vv -t nat -F
iptables -vv -t nat -X
iptables -vv -t raw -N x
iptables -vv -t raw -E x y
iptables -vv -t raw -A y -j CT --notrack
iptables -vv -t raw -I PREROUTING -j y
iptables -vv -t raw -S
iptables -vv -F INPUT
iptables -vv -X INPUT
iptables -vv -P FORWARD DROP
iptables -vv -X FORWARD
iptables -vv -A OUTPUT -j ACCEPT
iptables -vv -X
iptables -vv -S

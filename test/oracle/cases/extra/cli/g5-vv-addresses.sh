iptables -vv -A INPUT -s 10.0.0.1 -d 192.168.0.0/16 -j ACCEPT
iptables -vv -A INPUT ! -s 10.0.0.0/8 ! -d 172.16.0.0/12 -j DROP
iptables -vv -A INPUT -s 10.20.30.0/23 -d 1.2.3.4/31
iptables -vv -A INPUT -s 10.0.0.0/255.0.255.0 -d 0.0.0.0/0
iptables -vv -A INPUT -s 1.1.1.1,2.2.2.2 -d 3.3.3.3/25
iptables -vv -A INPUT -f -j DROP
iptables -vv -A INPUT ! -f -p udp
iptables -vv -A INPUT -i eth0 -p tcp
iptables -vv -A INPUT ! -i veth+ ! -p udp
iptables -vv -A OUTPUT -o lo -p icmp --icmp-type echo-reply
iptables -vv -A FORWARD -i br0 ! -o + -p 47
iptables -vv -A FORWARD -i verylongname123 -o short+
iptables -vv -S

iptables -vv -L
iptables -vv -N a
iptables -vv -N b
iptables -vv -A b -s 10.0.0.0/255.0.255.0 -d 1.2.3.4/31 -f -j a
iptables -vv -A b ! -s 172.16.0.0/12 ! -f -i eth+ ! -o + -c 5 7
iptables -vv -I b 2 -s 1.1.1.1,2.2.2.2 -p tcp ! --dport 1:100 --sport 80 -j ACCEPT
iptables -vv -I b 5 -p tcp --sport 5 --dport 6 -j DROP
iptables -vv -I b 7 -p tcp ! --sport 5 ! --dport 6 ! --tcp-flags ALL NONE
iptables -vv -A a -p udp ! --sport 0:1023 --dport 1024:65535 -g b
iptables -vv -A a -p tcp --dport 0:0 -m tcp --sport 7
iptables -vv -A a -j TOS --set-tos 1
iptables -vv -E a c
iptables -vv -S c
iptables -vv -L b 2 -n
iptables -vv -S b 3
iptables -vv -Z b
iptables -vv -Z b 1
iptables -vv -D b 1
iptables -vv -R b 2 -j RETURN
iptables -vv -F c
iptables -vv -X c
iptables -vv -F b
iptables -vv -X
iptables -vv -t mangle -P OUTPUT DROP
iptables -vv -t mangle -N x
iptables -vv -t mangle -A x -m mark --mark 0xff
iptables -vv -t mangle -F
iptables -vv -t security -A INPUT -p 250

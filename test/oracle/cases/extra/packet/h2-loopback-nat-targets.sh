# Siblings of nat-input-output with traffic on lo: nth load balancing in a nat chain (restarting after -Z), REDIRECT, SNAT in nat INPUT (by mark too), SNAT in POSTROUTING, DNAT by multiport and to a port range
serve tcp 8081 --name one
serve tcp 8082 --name two
serve udp 5353 --name dns
iptables -t nat -N LB
iptables -t nat -A OUTPUT -d 127.0.0.10 -p tcp --dport 80 -j LB
iptables -t nat -A LB -m statistic --mode nth --every 2 --packet 0 -j DNAT --to-destination 127.0.0.1:8081
iptables -t nat -A LB -j DNAT --to-destination 127.0.0.1:8082
probe tcp 127.0.0.10 80
probe tcp 127.0.0.10 80
probe tcp 127.0.0.10 80
iptables -t nat -Z LB
probe tcp 127.0.0.10 80
probe tcp 127.0.0.10 80
iptables -t nat -L LB -v -n -x
iptables -t nat -A OUTPUT -p udp --dport 53 -j REDIRECT --to-ports 5353
probe udp 127.0.0.1 53
iptables -t nat -A INPUT -p tcp --dport 8081 -j SNAT --to-source 127.0.0.9
probe tcp 127.0.0.1 8081
iptables -t nat -I INPUT -p tcp --dport 8081 -m mark --mark 0x5 -j SNAT --to-source 127.0.0.8
iptables -t mangle -A OUTPUT -p tcp --dport 8081 -j MARK --set-mark 5
probe tcp 127.0.0.1 8081
iptables -t nat -A POSTROUTING -o lo -p tcp --dport 8082 -j SNAT --to-source 127.0.0.7
probe tcp 127.0.0.1 8082
iptables -t nat -A OUTPUT -d 127.0.0.20 -p tcp -m multiport --dports 1000:2000 -j DNAT --to-destination 127.0.0.1:8082
probe tcp 127.0.0.20 1500
probe tcp 127.0.0.20 2500
iptables -t nat -A OUTPUT -d 127.0.0.30 -p tcp -j DNAT --to-destination 127.0.0.1:8081-8082
probe tcp 127.0.0.30 7
iptables -t nat -L -v -n -x
iptables -t mangle -L OUTPUT -v -n -x
iptables-save -c -t nat

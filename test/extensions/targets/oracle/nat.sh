# SNAT, DNAT, MASQUERADE, REDIRECT: range forms, flags, errors, table/hook limits.
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.2:8080
iptables -t nat -A PREROUTING -j DNAT --to-destination 10.0.0.2
iptables -t nat -A PREROUTING -j DNAT --to-destination 10.0.0.2-10.0.0.4
iptables -t nat -A PREROUTING -p udp -j DNAT --to-destination 10.0.0.53:5353-5355
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination :8084
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:80-90/100
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:80-90/http
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:http
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:0
iptables -t nat -A PREROUTING -p icmp -j DNAT --to-destination 10.0.0.1:5
iptables -t nat -A PREROUTING -p sctp -j DNAT --to-destination 10.0.0.1:1000
iptables -t nat -A PREROUTING -p dccp -j DNAT --to-destination 10.0.0.1:1000
iptables -t nat -A PREROUTING ! -p tcp -j DNAT --to-destination 10.0.0.1:1000
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1 --random --persistent
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.9-10.0.0.1
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination ab:80
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:80-70
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:80:90
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:8x
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:80-http
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:80-90x
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:80-90/0
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:99999
iptables -t nat -A PREROUTING -p udplite -j DNAT --to-destination 10.0.0.1:1000
iptables -t nat -A PREROUTING -j DNAT --to-destination 10.0.0.1:80
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1 --to-destination 10.0.0.2
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1 --random-fully
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 01.0.0.1
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1-bad
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination [10.0.0.1]:80
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination ""
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:1:2:3
iptables -t nat -A PREROUTING -j DNAT
iptables -t nat -A PREROUTING -j DNAT --random
iptables -t nat -A OUTPUT -j DNAT --to-destination 10.0.0.5
iptables -t nat -A INPUT -j DNAT --to-destination 10.0.0.5
iptables -t nat -A POSTROUTING -j DNAT --to-destination 10.0.0.5
iptables -A INPUT -j DNAT --to-destination 10.0.0.5
iptables -t mangle -A PREROUTING -j DNAT --to-destination 10.0.0.5
iptables -t nat -A POSTROUTING -j SNAT --to-source 203.0.113.1
iptables -t nat -A POSTROUTING -j SNAT --to-source 203.0.113.1-203.0.113.5
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 203.0.113.1:1024-2048
iptables -t nat -A POSTROUTING -p udp -j SNAT --to-source :1000
iptables -t nat -A POSTROUTING -p udp -j SNAT --to-source 1.2.3.4:1000-2000 --random-fully --persistent --random
iptables -t nat -A POSTROUTING -p udp -j SNAT --to-source 1.2.3.4:1000-2000/1500
iptables -t nat -A INPUT -j SNAT --to-source 1.2.3.4
iptables -t nat -A POSTROUTING -j SNAT
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4:80
iptables -t nat -A POSTROUTING -j SNAT --to-source bogus
iptables -t nat -A PREROUTING -j SNAT --to-source 1.2.3.4
iptables -t nat -A OUTPUT -j SNAT --to-source 1.2.3.4
iptables -A FORWARD -j SNAT --to-source 1.2.3.4
iptables -t nat -A POSTROUTING -j MASQUERADE
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1024-65535
iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 2000
iptables -t nat -A POSTROUTING -j MASQUERADE --random
iptables -t nat -A POSTROUTING -j MASQUERADE --random-fully
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1000-2000 --random --random-fully
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1000-2000/1500
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1000:2000
iptables -t nat -A POSTROUTING -j MASQUERADE --to-ports 1024
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 70000
iptables -t nat -A POSTROUTING -j MASQUERADE --persistent
iptables -t nat -A PREROUTING -j MASQUERADE
iptables -t nat -A OUTPUT -j MASQUERADE
iptables -t nat -A INPUT -j MASQUERADE
iptables -A OUTPUT -j MASQUERADE
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 8080
iptables -t nat -A OUTPUT -p tcp -j REDIRECT --to-ports 3128
iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports 5353-5355
iptables -t nat -A PREROUTING -p tcp -j REDIRECT
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 9000 --random
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports http
iptables -t nat -A OUTPUT -p tcp -j REDIRECT --to-ports 0
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 80-90/100
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --random-fully
iptables -t nat -A PREROUTING -j REDIRECT --to-ports 8080
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports abc
iptables -t nat -A POSTROUTING -p tcp -j REDIRECT --to-ports 8080
iptables -t nat -A INPUT -p tcp -j REDIRECT --to-ports 8080
iptables -A INPUT -p tcp -j REDIRECT --to-ports 8080
iptables -t nat -S
iptables -t nat -L
iptables -t nat -L -n
iptables -S

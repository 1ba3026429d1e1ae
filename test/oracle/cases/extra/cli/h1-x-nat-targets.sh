iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.1:8080-8090
iptables -t nat -A PREROUTING -p tcp --dport 81 -j DNAT --to-destination 10.0.0.1-10.0.0.5
iptables -t nat -A PREROUTING -p tcp --dport 82 -j DNAT --to-destination 10.0.0.1-10.0.0.5:80
iptables -t nat -A PREROUTING -p tcp --dport 83 -j DNAT --to-destination :8080
iptables -t nat -A PREROUTING -p tcp --dport 84 -j DNAT --to-destination 10.0.0.1 --random --persistent
iptables -t nat -A PREROUTING -p tcp --dport 85 -j DNAT --to-destination 10.0.0.1:80-90/85
iptables -t nat -A PREROUTING -j DNAT --to-destination 10.0.0.1:80
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1 --to-destination 10.0.0.2
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination localhost
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination ::ffff:1.2.3.4
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:0
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:90-80
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.5-10.0.0.1
iptables -t nat -A PREROUTING -p tcp -j DNAT
iptables -t nat -A POSTROUTING -o eth0 -j SNAT --to-source 192.168.1.1
iptables -t nat -A POSTROUTING -o eth0 -p udp -j SNAT --to 192.168.1.1:1024-65535 --random-fully
iptables -t nat -A POSTROUTING -o eth0 -p tcp -j MASQUERADE --to-ports 1024-2048 --random
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE --to-ports 1024
iptables -t nat -A POSTROUTING -o eth0 -j NETMAP --to 10.1.0.0/16
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 3128-3130 --random
iptables -t nat -A PREROUTING -p udp -j REDIRECT
iptables -t nat -S
iptables -t nat -L -n
iptables -t nat -L -n -v
iptables-save -t nat | grep -v '^#'
ip6tables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination [2001:db8::1]:8080
ip6tables -t nat -A PREROUTING -p tcp --dport 81 -j DNAT --to-destination 2001:db8::1
ip6tables -t nat -A PREROUTING -p tcp --dport 82 -j DNAT --to-destination [2001:db8::1]-[2001:db8::5]:80-90
ip6tables -t nat -A PREROUTING -p tcp --dport 83 -j DNAT --to-destination 2001:db8::1:80
ip6tables -t nat -A PREROUTING -p tcp --dport 84 -j DNAT --to-destination [2001:db8::1
ip6tables -t nat -A POSTROUTING -o eth0 -j SNAT --to-source 2001:db8::1
ip6tables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ip6tables -t nat -A POSTROUTING -o eth0 -j NETMAP --to 2001:db8:1::/48
ip6tables -t nat -S
ip6tables -t nat -L -n

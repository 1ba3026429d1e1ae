# NAT HOWTO recipes typed in order: SNAT with ranges and ports, MASQUERADE, DNAT forms, REDIRECT to a proxy, and the slips (no -p with a port, forgetting -t nat, wrong chain)
iptables -t nat -A POSTROUTING -o eth0 -j SNAT --to 1.2.3.4
iptables -t nat -A POSTROUTING -o eth0 -j SNAT --to 1.2.3.4-1.2.3.6
iptables -t nat -A POSTROUTING -p tcp -o eth0 -j SNAT --to 1.2.3.4:1-1023
iptables -t nat -A POSTROUTING -o ppp0 -j MASQUERADE
iptables -t nat -A PREROUTING -i eth1 -j DNAT --to 5.6.7.8
iptables -t nat -A PREROUTING -i eth1 -j DNAT --to 5.6.7.8-5.6.7.10
iptables -t nat -A PREROUTING -p tcp --dport 80 -i eth1 -j DNAT --to 5.6.7.8:8080
iptables -t nat -A OUTPUT -d 1.2.3.4 -j DNAT --to 10.1.1.1
iptables -t nat -A PREROUTING -i eth1 -p tcp --dport 80 -j REDIRECT --to-port 3128
iptables -t nat -A PREROUTING -i eth0 -j DNAT --to-destination 1.2.3.4:80
iptables -t nat -A PREROUTING -i eth0 -j REDIRECT --to-ports 8080
iptables -A PREROUTING -i eth0 -p tcp --dport 80 -j DNAT --to-destination 192.0.2.2
iptables -A FORWARD -p tcp --dport 80 -j DNAT --to-destination 192.0.2.2
iptables -t nat -A POSTROUTING -i eth0 -j MASQUERADE
iptables -t nat -A PREROUTING -o eth0 -j DNAT --to 1.1.1.1
iptables -t nat -A INPUT -j SNAT --to 1.1.1.1
iptables -t nat -A OUTPUT -j SNAT --to 1.1.1.1
iptables -t nat -A PREROUTING -j MASQUERADE
iptables -t nat -A POSTROUTING -j SNAT
iptables -t nat -A PREROUTING -j DNAT
iptables -t nat -A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4 --random
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE --to-ports 1024-65535
iptables -t nat -A POSTROUTING -o eth0 -p udp -j MASQUERADE --to-ports 1024-65535
iptables -t nat -L
iptables -t nat -L -n -v --line-numbers
iptables -t nat -S
iptables -t nat -D POSTROUTING 1
iptables -t nat -D PREROUTING -i eth1 -j DNAT --to 5.6.7.8
iptables -t nat -D PREROUTING -i eth1 -j DNAT --to 5.6.7.8
iptables -t nat -F PREROUTING
iptables -t NAT -L
iptables -t nat -L PREROUTING -n
iptables-save -t nat | grep -v '^#'

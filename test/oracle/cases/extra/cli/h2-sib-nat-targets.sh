# Siblings of nat-input-output: DNAT/SNAT/REDIRECT/MASQUERADE forms per chain, listed and saved, and the wrong-chain errors
iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080
iptables -t nat -A PREROUTING -p udp --dport 53 -j DNAT --to 10.0.0.3
iptables -t nat -A PREROUTING -p tcp --dport 1000:2000 -j DNAT --to-destination 10.0.0.4:3000-4000
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.5-10.0.0.9
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.5-10.0.0.9:80-90
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 3128
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 3128-3130 --random
iptables -t nat -A PREROUTING -j REDIRECT
iptables -t nat -A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
iptables -t nat -A POSTROUTING -o eth0 -p udp -j SNAT --to-source 1.2.3.4:1024-2048 --persistent
iptables -t nat -A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4 --random-fully
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE --to-ports 1024-65535 -p tcp
iptables -t nat -A POSTROUTING -o eth0 -p tcp -j MASQUERADE --to-ports 1024-65535
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE --random
iptables -t nat -A INPUT -j SNAT --to-source 10.0.0.1:22
iptables -t nat -A INPUT -p tcp -j SNAT --to-source 10.0.0.1:22
iptables -t nat -A OUTPUT -d 1.1.1.1 -j DNAT --to-destination 127.0.0.1
iptables -t nat -A OUTPUT -p tcp -j REDIRECT --to-ports 8080
iptables -t nat -S
iptables -t nat -L -n
iptables -t nat -L -n -v --line-numbers
iptables -t nat -L
iptables-save -t nat
iptables -t nat -A INPUT -j DNAT --to-destination 10.0.0.1
iptables -t nat -A OUTPUT -j SNAT --to-source 10.0.0.1
iptables -t nat -A PREROUTING -j MASQUERADE
iptables -t nat -A POSTROUTING -j REDIRECT
iptables -A INPUT -j DNAT --to-destination 10.0.0.1
iptables -t nat -A PREROUTING -j DNAT
iptables -t nat -A PREROUTING -j DNAT --to-destination 300.0.0.1
iptables -t nat -A PREROUTING -j DNAT --to-destination 10.0.0.1:80
iptables -t nat -S

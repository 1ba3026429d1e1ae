iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4-1.2.3.10
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:1000-2000
iptables -t nat -A POSTROUTING -p udp -j SNAT --to-source 1.2.3.4-1.2.3.5:1000
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4 --random --persistent
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4 --random-fully
iptables -t nat -A POSTROUTING -j SNAT --to 1.2.3.4
iptables -t nat -A PREROUTING -j DNAT --to-destination 10.0.0.1
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:80
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination :8080
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1-10.0.0.3:80-90
iptables -t nat -A PREROUTING -j DNAT --to-destination 10.0.0.1:80
iptables -t nat -A PREROUTING -j DNAT --to-destination 10.0.0.1 --to-destination 10.0.0.2
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:80-90/100
iptables -t nat -S
iptables -t nat -L -n

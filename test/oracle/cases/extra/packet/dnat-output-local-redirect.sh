
serve tcp 8080
iptables -t nat -A OUTPUT -p tcp -d 10.99.0.1 --dport 80 -j DNAT --to-destination 127.0.0.1:8080
probe tcp 10.99.0.1 80
ip route add 10.99.0.0/16 dev lo
probe tcp 10.99.0.1 80
iptables -t nat -L OUTPUT -v -n


serve tcp 80
serve udp 53
iptables -P OUTPUT DROP
probe tcp 127.0.0.1 80
probe udp 127.0.0.1 53
iptables -A OUTPUT -o lo -j ACCEPT
probe tcp 127.0.0.1 80
probe udp 127.0.0.1 53
iptables -L OUTPUT -v -n


serve tcp 80
serve udp 53
probe tcp 0.0.0.0 80
probe udp 127.255.255.254 53
probe tcp 127.1.2.3 80
probe icmp 127.0.0.5

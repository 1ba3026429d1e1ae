serve tcp 80
serve tcp 80
serve udp 80
serve udp 80 --name x
serve tcp
serve sctp 80
serve tcp 0
serve tcp 65536
serve tcp abc
serve tcp 81 --name
serve tcp 82 --name=foo
probe tcp 127.0.0.1 82
probe
probe tcp
probe tcp 127.0.0.1
probe tcp 127.0.0.1 0
probe tcp 127.0.0.1 x
probe tcp 127.1 82
probe tcp localhost 82
probe icmp localhost
probe icmp nosuchhost
probe icmp 127.0.0.1 5
probe udp 127.0.0.1 80 --timeout 0.1
probe udp 127.0.0.1 80 --timeout=abc
probe udp 127.0.0.1 80 --timeout
probe tcp 127.0.0.1 82 extra
probe icmp 127.0.0.1 --timeout 0
probe tcp 0.0.0.0 82
probe tcp 255.255.255.255 82
probe udp 255.255.255.255 82
probe icmp 10.1.2.3

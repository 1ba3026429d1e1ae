# ifconfig on the loopback device: listings, counters as lo counts them (no Ethernet header), aliases, errors
ifconfig
ifconfig -s
ifconfig lo
probe icmp 127.0.0.1
probe tcp 127.0.0.1 22
ifconfig lo
serve tcp 8080
probe tcp 127.0.0.1 8080
probe udp 127.0.0.1 53
ifconfig -s lo
ifconfig lo:1 127.0.0.2
ifconfig lo:7 127.0.0.7 netmask 255.255.255.255
ifconfig
ifconfig -a -s
ifconfig lo:7
ip addr show lo
ifconfig lo:1 down
ifconfig -s
ifconfig eth0
ifconfig -s eth0
ifconfig nope up; echo rc=$?
ifconfig nope 10.1.1.1; echo rc=$?
ifconfig -z
ifconfig lo mtu abc
ifconfig lo foo
ifconfig lo mtu
ifconfig lo mtu 16436
ifconfig lo | head -1
ifconfig lo down
ifconfig
ifconfig -a
ifconfig lo up
ifconfig lo | head -3

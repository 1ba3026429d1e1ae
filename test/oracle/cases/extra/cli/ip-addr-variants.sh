ip addr add 127.0.0.2/8 dev lo
ip addr add 10.1.1.1 dev lo
ip addr add 10.1.2.1/24 brd + dev lo
ip addr add 10.1.3.1/24 dev lo label lo:x
ip addr add 10.1.4.1 peer 10.1.4.2 dev lo
ip -4 addr show lo
ip route show table local
ip addr del 10.1.1.1 dev lo
ip addr del 10.1.1.1/32 dev lo
ip -4 -o addr show lo
ip addr flush dev lo label lo:x
ip -4 -o addr show lo

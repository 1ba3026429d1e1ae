ip addr add 010.0.0.4/24 dev lo
ip addr add 10.0.0.5/255.255.255.0 dev lo
ip addr add 10.0.1.6/024 dev lo
ip addr add 10.0.2.7/0x18 dev lo
ip addr add 10.0.3.8/255.0.255.0 dev lo
ip addr add 0x0a.0.4.9/24 dev lo
ip addr add 10.0.5.010/24 dev lo
ip addr add 10.6/16 dev lo
ip addr add 10.0.7.1/ dev lo
ip addr add 10.0.8.1/-1 dev lo
ip addr add " 10.0.9.1/24" dev lo
ip -4 addr show dev lo
ip route add 192.168.010.0/24 dev lo
ip route add 192.168.2.0/255.255.255.0 dev lo
ip route add 192.168.3.0/030 dev lo
ip route add 192.168.4.0/255.255.0.255 dev lo
ip route add 0x0a/8 dev lo
ip route
ip rule add from 010.0.0.0/8 lookup 100
ip rule add to 10.0.0.0/255.0.0.0 lookup 101
ip rule add lookup 102
ip rule add lookup 102
ip rule add to 0/0 lookup 102
ip rule add from 0/0 lookup 102
ip rule add iif abcdefghijklmnop lookup 100
ip rule add iif abcdefghijklmno lookup 100
ip rule add oif "" lookup 100
ip rule

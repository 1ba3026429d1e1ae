ip route add 1.2.13.5/24 dev lo
ip route add 1.2.3.0/24 dev lo metric 4294967295
ip route add 1.2.4.0/24 dev lo metric 0x10
ip route add 1.2.5.0/24 dev lo metric 010
ip route add 1.2.6.0/24 dev lo table 0
ip route add 1.2.7.0/24 dev lo table 4294967295
ip route add 1.2.8.0/24 dev lo table 0x100
ip route add 1.2.9.0/24 dev lo table 010
ip route add 1.2.10.0/24 dev lo proto 255
ip route add 1.2.11.0/24 dev lo proto 0x10
ip route add 1.2.12.0/24 dev lo scope 255
ip route add 1.2.14.0/24 dev lo scope 0x20
ip route add 1.2.15.0/24 dev lo mtu 65536
ip route add 1.2.16.0/24 dev lo mtu 0
ip route add 1.2.17.0/24 dev lo mtu lock 1500
ip route add 1.2.18.0/24 dev lo advmss 0x100 hoplimit 255 initcwnd 0
ip route add 1.2.19.0/24 dev lo hoplimit 256
ip route add 1.2.20.0/24 dev lo tos 0x10
ip route add 1.2.21.0/24 dev lo tos 0xff
ip route add 1.2.22.0/24 dev lo realm 0x10
ip route add 1.2.23.0/24 dev lo realms 1/2
ip route add 1.2.24.0/24 dev lo src 127.1
ip route
ip route show table all | grep -v "^local\|^broadcast\|^fe80\|^ff00\|^multicast\|^::1\|^anycast"
ip rule add pref 0x10 lookup 100
ip rule add pref 010 lookup 100
ip rule add fwmark 010 lookup 100
ip rule add fwmark 0x10/0x100000000 lookup 100
ip rule add tos 0x10 lookup 100
ip rule add dsfield 0x04 lookup 100
ip rule add lookup 0x100
ip rule add lookup 0
ip rule add lookup 4294967295
ip rule add lookup 4294967296
ip rule add suppress_prefixlength 0x10 lookup 100
ip rule add sport 0x10-0x20 lookup 100
ip rule add dport 20-10 lookup 100
ip rule add ipproto 0x11 lookup 100
ip rule add uidrange 010-0x10 lookup 100
ip rule

ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
route add -net 172.16.0.0/16 gw 10.0.0.253
route add -net 172.16.0.0/16 gw 10.0.0.253
route add -host 172.17.0.1 dev veth0
route add -net 172.19.0.0 netmask 255.255.255.0 dev veth0 metric 7
route add -net 172.20.0.0/24 gw 10.9.9.9
route add -net 172.21.0.0/24 dev nosuch
route add 172.22.0.1
route add 172.22.0.2 gw 10.0.0.5
route add -net 172.23.0.5 netmask 255.255.255.0 gw 10.0.0.5
route add -net 172.24.0.0/24 reject
route add default gw 10.0.0.254
route add default gw 10.0.0.254
ip route
route del -net 172.16.0.0/16
route del -net 172.16.0.0/16
route del -host 172.17.0.1
route del default
route del -net 172.19.0.0 netmask 255.255.255.0 metric 8
route del -net 172.19.0.0 netmask 255.255.255.0 metric 7
route del -net 172.24.0.0/24 reject
ip route
route add
route add -net
route foo
route add -net 1.2.3.4/33 dev veth0
route add -net 10.0.0.0/8 gw bogus
route add -host 1.2.3.0/24 dev veth0
route add -net 172.25.0.0/24 gw 10.0.0.9 mss 1300 window 2000 irtt 50
route -ne
ip route show 172.25.0.0/24
route -A inet add -net 172.26.0.0/24 dev veth0
route -n | tail -3

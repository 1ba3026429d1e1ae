ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ip route add 192.168.1.0/24 via 10.0.0.254 metric 5 mtu 1400 window 1000 rtt 100ms
ip route add blackhole 192.168.3.0/24
ip route add unreachable 192.168.4.0/24
ip route add prohibit 192.168.5.0/24
ip route add 192.168.7.0/24 nexthop via 10.0.0.250 nexthop via 10.0.0.251
ip route add default via 10.0.0.254
ip route add 10.9.9.9 dev veth0
route -n
route -ee -n
route -C -n
route -F -n
netstat -rn
netstat -rne
route add -net 172.16.0.0/16 gw 10.0.0.253
route add -host 172.17.0.1 dev veth0
route del -net 192.168.1.0/24
route -n
route add default gw 10.0.0.252 metric 10
route del default gw 10.0.0.254
route -n
route add -net 172.18.0.0 netmask 255.255.0.0 reject
route -n

ip link add d0 type veth peer name d0p
ip link set d0 up
ip link set d0p up
ip addr add 10.1.0.2/16 dev d0
ip addr add 10.1.5.5/24 dev d0
ip route get 127.0.0.1
ip route get 127.1.2.3
ip route get 127.255.255.255
ip route get 10.1.0.2
ip route get 10.1.255.255
ip route get 10.1.5.255
ip route get 10.1.0.0
ip route get 10.1.5.0
ip route get 0.0.0.0
ip route get 0.0.0.1
ip route get 0.1.2.3
ip route add local 10.20.0.0/16 dev lo
ip route get 10.20.1.1
ip route add local 10.30.0.0/16 dev lo table main
ip route get 10.30.1.1
ip route add 10.40.0.0/16 dev d0 table 5
ip rule add to 10.40.0.0/16 lookup 5
ip route get 10.40.1.1
ip route get 10.40.1.1 from 10.1.0.2
ip route add local 10.50.0.0/16 dev lo table 6
ip rule add to 10.50.0.0/16 lookup 6
ip route get 10.50.1.1
ip route add blackhole 10.60.0.0/16 table 7
ip rule add to 10.60.0.0/16 lookup 7
ip route get 10.60.1.1
ip route add broadcast 10.70.0.1 dev d0 table local
ip route get 10.1.0.2 | head -1

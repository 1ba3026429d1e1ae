ip link add v0 type veth peer name v0p
ip link set v0 up
ip link set v0p up
ip addr add 10.9.0.1/24 dev v0
ip route add 10.10.0.0/16 via 10.9.0.2 metric 5
ip route add blackhole 10.11.0.0/16
ip -j route
ip -j -p route show 10.10.0.0/16
ip -j route get 10.10.1.1
ip -j rule
ip -j -4 addr show dev v0 | grep -o '"local":"[0-9.]*"'
ip -j netns
ip -json route show table local
ip -6 route show table local | grep -c local
ip -6 rule
ip -4 -6 route
ip -o route
ip -d route show 10.10.0.0/16
ip -s route show 10.10.0.0/16
ip -br route
ip route show table main
ip route list table 255 | head -2
ip route show root 10.0.0.0/8
ip route show match 10.10.5.5
ip route show exact 10.10.0.0/16
ip route show via 10.9.0.2
ip route show src 10.9.0.1
ip route show type blackhole
ip route show proto boot
ip route show metric 5
ip route save > /tmp/rt.bin; echo $?
ip a s lo
ip r
ip r g 10.10.1.1
ip n
ip l s lo | head -1
ip ru
ip ro
ip addr sh dev v0 | grep -c inet
ip help 2>&1 | head -3
ip route help 2>&1 | tail -2
ip addr help 2>&1 | head -2
ip rule help 2>&1 | head -2
ip neigh help 2>&1 | head -2
ip netns help 2>&1 | head -2
ip -x route
ip --color=never route
ip -h
ip -d route
ip -d route show table local
ip link help 2>&1 | tail -3
ip address help; echo rc=$?

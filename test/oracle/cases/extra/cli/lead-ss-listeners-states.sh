ip netns add a
ip -n a link set lo up
ip -n a addr add 10.0.0.1/24 dev lo
ip netns exec a serve tcp 8080
ip netns exec a serve udp 53
ip netns exec a ss -tln
ip netns exec a ss -tln state listening
ip netns exec a ss -tn state established
ip netns exec a ss -tln sport = :22
ip netns exec a ss -tln '( sport = :ssh or sport = :8080 )'
ip netns exec a ss -tln sport gt :1024
ip netns exec a ss -tln sport \> :1024
ip netns exec a ss -tln 'sport > :1024'
ip netns exec a ss -tln src 0.0.0.0
ip netns exec a ss -tln src 10.0.0.1
ip netns exec a ss -tln dport = :22
ip netns exec a ss -tln exclude listening
ip netns exec a ss -uln
ip netns exec a ss -ltun
ip netns exec a ss -tlnH
ip netns exec a ss -tl
ip netns exec a ss -tln state bogus; echo rc=$?
ip netns exec a ss -tln sport = 22; echo rc=$?
ip netns exec a ss -tln foo; echo rc=$?
ip netns exec a ss -tln sport; echo rc=$?
ip netns exec a ss -tln '( sport = :22'; echo rc=$?
ip netns exec a ss -Q 2>&1 | head -3; echo rc=$?
ip netns exec a ss --bogus 2>&1 | head -3
ip netns exec a ss -h | head -5
ip netns exec a ss -V
ip netns exec a ss -tln -4
ip netns exec a ss -tln -6
ip netns exec a ss -tln -f inet
ip netns exec a ss -o -tln
ip netns exec a ss -tnl state connected
ip netns exec a ss -tan state all
ip netns exec a ss -tan state syn-sent state syn-recv
ip netns exec a ss -n -A tcp,udp -l
ip netns exec a ss -A foo; echo rc=$?

ip netns add a
ip -n a link add d0 type dummy
ip -n a link set d0 up
ip -n a link set lo up
ip -n a addr add 10.0.0.1/24 dev d0
ip -n a route add 192.0.2.0/24 via 10.0.0.2 metric 5
ip -n a route add unreachable 198.51.100.0/24
ip netns exec a serve tcp 22
ip netns exec a serve udp 53
ip netns exec a netstat -rn
ip netns exec a netstat -r -n -e; echo rc=$?
ip netns exec a netstat -rne; echo rc=$?
ip netns exec a netstat -ner; echo rc=$?
ip netns exec a netstat -tln -A inet 2>&1
ip netns exec a netstat -4lnt; echo rc=$?
ip netns exec a netstat -l --inet -n; echo rc=$?
ip netns exec a netstat -ntlW; echo rc=$?
ip netns exec a netstat -tn; echo rc=$?
ip netns exec a netstat -na --udp; echo rc=$?
ip netns exec a netstat -ltn6; echo rc=$?
ip netns exec a netstat -i -a | head -3; echo rc=$?
ip netns exec a ss -o state listening '( sport = :ssh or sport = :http )'; echo rc=$?
ip netns exec a ss -tn state established '( dport = :22 or sport = :22 )'; echo rc=$?
ip netns exec a ss -ltn 'src 127.0.0.1 or src 0.0.0.0'; echo rc=$?
ip netns exec a ss -lun sport = :53 -H; echo rc=$?
ip netns exec a ss -ltn sport eq :ssh; echo rc=$?
ip netns exec a ss -ltn dport != :0; echo rc=$?
ip netns exec a ss -ltn 'sport = :22 and not dst 1.2.3.4'; echo rc=$?

ip netns add a
ip -n a link set lo up
ip -n a addr add 10.0.0.1/24 dev lo
ip netns exec a serve tcp 22
ip netns exec a serve udp 53
ip netns exec a netstat
ip netns exec a netstat -a
ip netns exec a netstat -l
ip netns exec a netstat -ln
ip netns exec a netstat -x
ip netns exec a netstat -tuna
ip netns exec a netstat -tlno
ip netns exec a netstat -tlnW
ip netns exec a netstat -tl --numeric-ports
ip netns exec a netstat -tl --numeric-hosts
ip netns exec a netstat -t
ip netns exec a netstat -6 -tln
ip netns exec a netstat -4 -tln
ip netns exec a netstat --inet -ln
ip netns exec a netstat -A inet -tln
ip netns exec a netstat -A foo; echo rc=$?
ip netns exec a netstat -w -ln
ip netns exec a netstat -ie
ip netns exec a netstat -in
ip netns exec a netstat -g
ip netns exec a netstat -V; echo rc=$?
ip netns exec a netstat -h > /dev/null 2>&1; echo rc=$?
ip netns exec a netstat -h 2>&1 | head -2
ip netns exec a netstat -r -i; echo rc=$?
ip netns exec a netstat -Z; echo rc=$?
ip netns exec a netstat --tcp --listening --numeric
ip netns exec a netstat -tln | grep ':22 '
ip netns exec a netstat -tlnp | awk 'NR>2 {print $4, $6, $7 ~ /python3$/}'
ip netns exec a netstat -an | grep -c LISTEN
ip netns exec a netstat -M; echo rc=$?

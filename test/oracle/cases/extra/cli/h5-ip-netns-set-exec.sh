ip netns add a
ip netns add b
ip netns identify
ip netns exec a ip netns identify
ip netns identify $$
ip netns pids a
ip netns pids
ip netns pids nosuch
ip netns set a 5
ip netns list-id
ip netns list
ip netns set b auto
ip netns list
ip netns list-id
ip netns set a 7
ip netns set b 5
ip netns set nosuch 3
ip netns set a -1
ip netns set a abc
ip netns exec a
ip netns exec
ip netns exec nosuch true
ip netns exec a /bin/nonexistent
ip netns exec a sh -c 'echo hi; exit 3'
ip netns exec a false
ip -all netns exec ip link show lo
ip -all netns exec false
ip -all netns exec sh -c 'exit 2'
ip netns attach c 1
ip netns list
ip netns del c
ip netns delete b
ip netns list-id
ip netns
ip netns show
ip netns add a
ip netns add ''
ip netns add 'x/y'
ip netns del nosuch
ip -all netns delete
ip netns list
ip netns foo
ip -n nosuch link
ip -netns nosuch link

ip netns add blue
ip netns add red
ip netns monitor
ip netns exec blue ip netns exec red ip netns identify
ip -n blue netns identify
ip netns exec blue ip netns list
ip netns exec blue ip netns list-id
ip netns set blue
ip netns set
ip netns set blue 2147483648
ip netns set blue 0x10
ip netns set blue 010
ip netns list
ip netns exec red ip netns set blue 3
ip netns exec red ip netns list-id
ip -n red netns list
ip netns list-id
ip netns exec blue env -i true
ip netns exec blue --
ip netns exec blue -- true
ip netns exec blue '' 
ip netns exec blue ./relative
ip netns exec blue /usr/sbin/ip -br link
ip netns exec blue sh -c 'ip netns identify'
ip netns exec blue ip -all netns exec echo x
ip -all netns exec /bin/nonexistent
ip -all netns exec
ip netns pids blue
ip netns pids blue extra
ip netns identify nosuch
ip netns identify 1
ip netns identify 999999
ip netns attach
ip netns attach x
ip netns attach x abc
ip netns attach x 999999
ip netns attach blue 1
ip netns attach green 1
ip netns identify 1
ip netns identify
ip netns list
ip netns exec green ip -br link
ip netns del green
ip netns list
ip netns identify
ip -all netns del
ip netns list
ip netns delete
ip netns help

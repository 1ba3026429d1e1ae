ip netns add a
ip -n a link add va address 02:00:00:00:00:0a type veth peer name vb address 02:00:00:00:00:0b
ip -n a maddr
ip -n a link set lo up
ip -n a link set va up
ip -n a link set vb up
ip -n a addr add 10.0.0.1/24 dev va
ip -n a addr add 2001:db8::1/64 dev va nodad
ip -n a maddr
ip -n a maddr show dev va
ip -n a -4 maddr
ip -n a -6 maddr show dev lo
ip -n a maddr add 33:33:00:00:00:99 dev va; echo rc=$?
ip -n a maddr show dev va | head -3
ip -n a maddr del 33:33:00:00:00:99 dev va; echo rc=$?
ip -n a maddr show dev nosuch; echo rc=$?
ip -n a -j maddr show dev lo
ip -n a maddr add 33:33:00:00:00:99 dev va
ip -n a maddr show dev va
ip -n a maddr add 01:00:5e:00:00:fb dev va
ip -n a -j maddr show dev va
ip -n a addr add 2001:db8:1::1/64 dev va nodad
ip -n a maddr show dev va
ip -n a -6 maddr show dev va
ip -n a -c maddr show dev lo
ip -n a maddr del 33:33:00:00:00:99 dev va; echo rc=$?
ip -n a maddr del 33:33:00:00:00:99 dev va; echo rc=$?
ip -n a maddr add 1:2:3 dev va; echo rc=$?
ip -n a maddr add 33:33:00:00:00:98; echo rc=$?
ip -n a maddr add 33:33:00:00:00:98 dev nosuch; echo rc=$?
ip netns exec a sysctl -qw net.ipv6.conf.vb.disable_ipv6=1
ip -n a maddr show dev vb
ip -n a link set vb down
ip -n a maddr show dev vb

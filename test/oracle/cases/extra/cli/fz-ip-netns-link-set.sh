ip netns add red
ip netns add blue
ip -n red link set lo up
ip netns exec red ip -4 addr
ip netns exec red bash -c 'ip link set lo down; ip -4 addr show lo | head -1'
ip -n red link show lo | head -1
ip link add veth-red type veth peer name veth-blue
ip link set veth-red netns red
ip link set veth-blue netns blue
ip -n red link show | grep -c veth
ip -n red addr add 10.0.0.1/24 dev veth-red
ip -n blue addr add 10.0.0.2/24 dev veth-blue
ip -n red link set veth-red up
ip -n blue link set veth-blue up
ip -n red -4 -o addr show veth-red | awk '{print $2, $4}'
ip -n red route
ip -n blue route get 10.0.0.1 | head -1
ip netns exec red sh -c 'echo $0'
ip netns exec red env | grep -c PATH
ip netns exec nosuch ip a
ip netns exec red nosuchcmd
ip netns exec red
ip netns exec
ip -n nosuch link
ip netns identify
ip netns exec red ip netns identify
ip netns pids red
ip netns list-id
ip netns set red 5
ip netns list
ip netns list-id
ip -all netns exec ip -4 -o addr show scope global | awk '{print $2, $4}'
ip netns add red
ip netns add 'bad/name'
ip netns add ''
ip netns delete nosuch
ip netns del red blue
ip netns
ip link set veth-blue netns red
ip netns exec blue ip link set veth-blue name vb
ip -n blue link show vb | head -1 | cut -d: -f2
ip -n blue link set vb netns 1
ip link show vb | head -1 | cut -d: -f2
ip link set vb down
ip link set dev vb up
ip link show vb | grep -o 'state [A-Z]*'
ip link set vb mtu 9000
ip link show vb | grep -o 'mtu [0-9]*'
ip link set vb mtu 100
ip link set vb mtu abc
ip link add br0 type bridge
ip link set vb master br0
ip link show master br0 | grep -c vb
ip -br link show type bridge | awk '{print $1, $2}'
ip link show type veth | grep -c mtu
ip link del vb
ip -n blue link
ip link add name veth1 type veth peer name veth2
ip link add veth3 type veth peer veth4
ip link add veth1 type veth peer name veth5
ip link add veth6 type veth peer name veth2
ip link add x type veth peer name x
ip link add averyveryverylongname type veth peer name y
ip link set veth1 name veth9
ip link set veth9 name veth2
ip link del veth9
ip link del veth3
ip link show veth4
ip link delete dev veth1
ip link foo
ip link set
ip link set veth1
ip link set veth1 foo
ip -o link show lo | cut -d' ' -f1-9

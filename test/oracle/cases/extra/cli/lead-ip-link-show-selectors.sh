ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
ip link set veth1 master br0
ip link set veth0 up
ip link set dev veth0 group 5
ip -br link show type veth | sed 's/[0-9a-f:]\{17\}/MAC/'
ip -br link show type bridge | sed 's/[0-9a-f:]\{17\}/MAC/'
ip -br link show type bridge_slave | sed 's/[0-9a-f:]\{17\}/MAC/'
ip -br link show master br0 | sed 's/[0-9a-f:]\{17\}/MAC/'
ip -br link show master nosuch
ip -br link show up | sed 's/[0-9a-f:]\{17\}/MAC/'
ip -br link show group 5 | sed 's/[0-9a-f:]\{17\}/MAC/'
ip -br link show group default | sed 's/[0-9a-f:]\{17\}/MAC/'
ip -br link show type dummy
ip -br link show type nosuchkind
ip -br link show nomaster | sed 's/[0-9a-f:]\{17\}/MAC/'
ip -br link show vrf foo
ip link show dev veth0 type veth | head -1
ip -o link show type loopback
ip -br link show type veth up | sed 's/[0-9a-f:]\{17\}/MAC/'
ip link show type
ip link show group
ip link show master

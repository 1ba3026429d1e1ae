ip addr show lo
ip -4 addr show lo
ip -br -4 addr
ip link add d0 type veth peer name d0p
ip addr add 10.3.0.1/24 dev d0
ip addr add 10.3.0.7/32 dev d0 label d0:1
ip -4 -o addr show dev d0
ip -4 addr show dev d0
ip -br -4 addr show
ip link set d0 up
ip link set d0p up
ip -4 addr show dev d0
ip -4 -o addr
ip addr show dev nosuch
ip -4 addr flush dev d0
ip -4 -o addr show dev d0

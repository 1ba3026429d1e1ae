ip link show lo
ip -o link show lo
ip link set lo mtu 1500
ip link show lo
ip link set lo down
ip -o link show lo
ip -4 addr show lo
ip route show table local
ip link set lo up
ip route show table local
ip link set lo mtu 70000
ip link show nosuch
ip -br link show lo
ip link set lo name lo2

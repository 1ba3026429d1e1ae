ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
ip link set veth1 master br0
ip link set veth0 up
ip link set veth1 up
ip link set br0 up
ip -j -d link show lo
ip -j -s link show lo
ip -j -s -s link show lo
ip -j -d link show veth0 | sed 's/"address":"[^"]*"/MAC/g; s/"perm_address":"[^"]*"/PMAC/g'
ip -j -d link show br0 | sed 's/"address":"[^"]*"/MAC/g; s/"[a-z_]*id":"[^"]*"/ID/g; s/"[a-z_]*timer":[0-9.]*/T/g'
ip -j -d link show veth1 | sed 's/"address":"[^"]*"/MAC/g; s/"[a-z_]*id":"[^"]*"/ID/g; s/"[a-z_]*timer":[0-9.]*/T/g'
ip -d link show lo
ip -s -s link show lo
ip -j -br -c link show lo
ip -o link show lo
ip -o -s link show lo
ip -o addr show lo
ip -o -4 addr
ip -o -6 addr show lo
ip -br -s link show lo
ip -j link show dev nosuch
ip -j addr show dev nosuch
ip link add br9 type bridge
ip -j -d link show br9 | grep -o "\"bridge_id.*group_fwd"
ip link add veth8 type veth peer name veth9
ip link set veth9 master br9
ip -j -d link show br9 | grep -o "\"bridge_id.*group_fwd" | sed "s/[0-9a-f][0-9a-f]*:[0-9a-f:]*/MAC/g"

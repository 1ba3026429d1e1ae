ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.0.2/24 dev veth0
ip addr add 10.1.0.1/16 dev veth0 label veth0:one
ip addr add 192.168.0.1/32 dev veth0 scope host
ip addr add 172.16.5.5/12 dev veth1 noprefixroute
ip -4 addr show up
ip -4 addr show scope host
ip -4 addr show scope global
ip -4 addr show primary
ip -4 addr show secondary
ip -4 addr show label veth0:one
ip -4 addr show label 'veth0*'
ip -4 addr show to 10.0.0.0/8
ip -4 addr show to 10.0.0.2
ip -4 -o addr show dev veth0 permanent
ip -4 addr show dynamic
ip -4 addr show noprefixroute
ip -4 addr show type veth
ip -4 addr show master nosuch
ip -4 addr show dev veth0 up
ip addr del 10.0.0.9/24 dev veth0
ip addr del 10.0.0.2 dev veth0
ip -4 -br addr show veth0
ip addr flush dev veth0 secondary
ip -4 -br addr show veth0
ip addr flush dev veth0 label veth0:one
ip -4 -br addr
ip -4 addr flush scope host
ip -4 -br addr
ip -s addr flush dev veth1
ip -4 -br addr
ip -s addr flush dev veth1
ip -6 addr show label lo
ip addr show type bridge
ip link add br0 type bridge
ip link set veth1 master br0
ip -br addr show master br0
ip -4 addr flush type veth
ip -br -4 addr

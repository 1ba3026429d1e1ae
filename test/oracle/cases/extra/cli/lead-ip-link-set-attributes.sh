ip link add veth0 type veth peer name veth1
ip link set veth0 mtu 9000
ip link set veth0 txqueuelen 500
ip link set veth0 alias "uplink port"
ip link set veth0 arp off
ip link set veth0 promisc on
ip link set veth0 multicast off
ip link set veth0 allmulticast on
ip link set veth0 address 02:11:22:33:44:55
ip link show veth0
ip -d link show veth0 | head -3
ip -j link show veth0
ip link set veth0 alias ""
ip link show veth0
ip link set veth0 mtu 67
ip link set veth0 mtu 70000
ip link set veth0 mtu abc
ip link set veth0 txqlen 100
ip link set veth0 qlen 200
ip link show veth0 | head -1
ip link set veth0 arp on promisc off multicast on allmulticast off
ip link show veth0 | head -1
ip link set veth0 dynamic on
ip link set veth0 trailers on
ip link set veth0 carrier off
ip link set veth0 up
ip link set veth0 carrier on
ip link show veth0 | head -1
ip link set veth0 name eth0 up
ip link show eth0 | head -1
ip link set eth0 down name veth0
ip link set veth0 protodown on
ip link set veth0 addrgenmode none
ip -d link show veth0 | grep -o 'addrgenmode [a-z_]*'
ip link set veth0 group 9 mtu 1400
ip link show group 9
ip link set dev veth0 xdp off
ip link set veth0 foo
ip link set
ip link set nosuch up
ip link add veth2 type veth peer name veth3
ip link set veth2 addrgenmode none
ip link set veth2 up
ip link set veth3 up
ip -6 addr show dev veth2
ip -6 addr show dev veth3 | grep -c inet6
ip link set veth2 addrgenmode bogus
ip link set veth2 promisc maybe
ip link set veth2 txqueuelen abc
ip link set veth2 txqueuelen
ip link set veth2 alias
ip link add veth4 txqueuelen 50 type veth peer name veth5
ip link show veth4 | head -1
ip -j -d link show veth2 | grep -o '"inet6_addr_gen_mode":"[a-z0-9_]*"'
ip link set veth3 mtu 68
ip link set veth3 mtu 65535
ip link show veth3 | head -1
ip link set lo mtu 1500
ip link show lo | head -1
ip link set lo mtu 65536

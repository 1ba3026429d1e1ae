ip link add veth0 type veth peer name veth1
ip link set veth0 group 5
ip link show veth0 | head -1
ip link set veth1 group default
ip link set veth0 group 0x10
ip link show veth0 | head -1
ip link set veth0 group 010
ip link show veth0 | head -1
ip link set veth0 group foo
ip link set veth0 group -1
ip link set veth0 group 4294967295
ip link set veth0 group 2147483648
ip link set veth0 group 2147483647
ip link show veth0 | head -1
ip -j link show veth0 | grep -o '"group":[^,]*'
ip link set veth0 group 4294967296
ip link show veth0 | head -1
ip link set veth0 group 7
ip -j link show veth0 | grep -o '"group":[^,]*'
ip link show group 2147483648
ip link show group 7 | head -1
ip link show group default | grep -c mtu
ip -br link show group 7 | cut -c1-30
ip link set group 7 up
ip link show veth0 | head -1 | cut -d' ' -f1-3
ip link set group 7 mtu 1400
ip link show group 7 | head -1
ip link set group 99 down
ip link set veth0 group
ip link set veth0 group 5 mtu 1300
ip -o link show veth0 | cut -d'\' -f1
iptables -A INPUT -m devgroup --src-group 5 -i veth0
iptables -A INPUT -m devgroup --src-group 0x10/0xf0 ! --dst-group 5
iptables -A FORWARD -m devgroup --src-group 5 --dst-group 0x4/0x4
iptables -S
iptables -L -n

ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ip route add 192.168.1.0/24 via 10.0.0.254
printf 'addr show lo\nroute\n# c\n\nlink show lo\n' > /tmp/b.txt
ip -batch /tmp/b.txt
ip -b /tmp/b.txt
printf 'link show lo\nbogus\nroute\n' > /tmp/b2.txt
ip -batch /tmp/b2.txt; echo rc=$?
ip -force -batch /tmp/b2.txt; echo rc=$?
printf 'route show\n' | ip -batch -
ip -r route
ip -o route
ip -o -4 route show table local
ip -h -s link show lo
ip -iec -s link show lo
ip -s -h -s link show lo
ip -ts route
ip -t -br link show lo
ip -rc 1000 route
ip -a link | head -2
ip -0 addr show lo
ip -f link addr show lo
ip -f inet6 addr show lo
ip -f bogus addr
ip -N route
ip -N route show table local | head -3
ip -Numeric -d route

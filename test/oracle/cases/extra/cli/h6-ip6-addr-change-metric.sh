# ip -6 addr change/replace with a new metric moves the prefix route to it (modify_prefix_route)
ip link add v0 type veth peer name v1
ip link set v0 up
ip -6 addr add fd00::1/64 dev v0 nodad
ip -6 addr change fd00::1/64 dev v0 nodad metric 50
ip -6 route show fd00::/64
ip -o -6 addr show dev v0 scope global
ip -6 addr replace fd00::1/64 dev v0 nodad
ip -6 route show fd00::/64
ip -6 addr replace fd00::1/64 dev v0 nodad metric 7 noprefixroute
ip -6 route show fd00::/64
ip -6 addr replace fd00::1/64 dev v0 nodad metric 9
ip -6 route show fd00::/64

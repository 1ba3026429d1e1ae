# ip -6 route: Object.prototype names (constructor, toString) are neither route types nor type filters
ip link add v0 type veth peer name v1
ip link set v0 up
ip link set v1 up
ip -6 addr add fd00::1/64 dev v0 nodad
ip -6 route add constructor fd01::/64 dev v0
ip -6 route add toString fd01::/64 dev v0
ip -6 route show type toString
ip -6 route show type constructor
ip -6 route show type bogus

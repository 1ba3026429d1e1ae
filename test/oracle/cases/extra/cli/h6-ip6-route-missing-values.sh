# ip -6 route: a missing value says the line is incomplete; metric 0 is stored as 1024; metric and table numbers read as strtoul (0x10, 010)
ip link add v0 type veth peer name v1
ip link set v0 up
ip link set v1 up
ip -6 addr add fd00::1/64 dev v0 nodad
ip -6 route add fd01::/64 dev
ip -6 route add fd01::/64 via
ip -6 route add fd01::/64 dev v0 metric
ip -6 route add fd01::/64 dev v0 table
ip -6 route add fd01::/64 dev v0 proto
ip -6 route add fd01::/64 dev v0 src
ip -6 route add fd01::/64 dev v0 pref
ip -6 route add fd01::/64 dev v0 mtu
ip -6 route add to
ip -6 route del fd01::/64 dev
ip -6 route show table
ip -6 route show root
ip -6 route show dev
ip -6 route flush dev
ip -6 route get
ip -6 route get fd00::5 from
ip -6 route add fd01::/64 dev v0 metric 0
ip -6 route add fd02::/64 dev v0 metric 0x10
ip -6 route add fd03::/64 dev v0 table 0x10
ip -6 route add fd04::/64 dev v0 table 010
ip -6 route add fd06::/64 dev v0 metric 010
ip -6 route add fd07::/64 dev v0 metric 4294967296
ip -6 route add fd07::/64 dev v0 table 4294967296
ip -6 route show
ip -6 route show table 16

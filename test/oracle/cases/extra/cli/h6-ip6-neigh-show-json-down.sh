# ip -6 neigh: show one address, -j answers, a second lladdr refused, entries gone with a device set down or deleted
ip link add v0 type veth peer name v1
ip link set v0 up
ip -6 neigh add fd00::8 lladdr 02:00:00:00:00:08 dev v0
ip -6 neigh add fd00::9 lladdr 2:0:0:0:0:9 dev v0
ip neigh add 10.0.0.8 lladdr 2:0:0:0:0:10 dev v0
ip -6 neigh show fd00::8
ip neigh show fd00::9
ip neigh show to fd00::9 dev v0
ip -6 neigh del fd00::9 dev v0
ip -j -6 neigh
ip -j -6 neigh show dev v0
ip -6 neigh add fd00::7 lladdr 2:0:0:0:0:7 lladdr 2:0:0:0:0:8 dev v0
ip link set v0 down
ip -6 neigh
ip neigh
ip link set v0 up
ip -6 neigh add fd00::8 lladdr 02:00:00:00:00:08 dev v0
ip link del v0
ip link add v0 type veth peer name v1
ip link set v0 up
ip -6 neigh

ip link add veth0 type veth peer name veth1
ip netconf
sysctl -qw net.ipv4.ip_forward=1
sysctl -qw net.ipv4.conf.veth0.rp_filter=1
sysctl -qw net.ipv4.conf.all.rp_filter=2
sysctl -qw net.ipv6.conf.veth1.forwarding=1
sysctl -qw net.ipv4.conf.veth1.proxy_arp=1
sysctl -qw net.ipv4.conf.veth1.ignore_routes_with_linkdown=1
ip netconf
ip -4 netconf
ip -6 netconf
ip netconf show dev veth0
ip netconf show dev nosuch
ip netconf dev veth1
ip -6 netconf show dev lo
ip -j netconf show dev veth0
ip -j -p netconf show dev veth0
ip -j netconf
ip netconf show
ip netconf list
ip netconf foo
ip netconf show dev
ip netconf help
ip -s netconf show dev lo
ip -d netconf show dev lo
sysctl -qw net.ipv4.conf.default.rp_filter=1
ip link add veth2 type veth peer name veth3
ip -4 netconf
sysctl -qw net.ipv4.conf.all.forwarding=0
ip -4 netconf show dev veth0
ip vrf
ip vrf show
ip vrf help
ip vrf foo
ip mroute
ip mroute show
ip -6 mroute
ip -4 -j netconf show dev veth0
ip -6 -j netconf show dev veth0
ip -4 -j netconf
ip -4 -j -p netconf show dev lo
ip netconf show foo dev veth0 bar
ip netconf show dev veth0 dev lo
ip netconf sh dev lo
ip netconf l dev lo
ip netconf s
ip netconf h
ip netns add ns1
ip -n ns1 netconf
ip netns exec ns1 ip netconf show dev lo
sysctl -qw net.ipv6.conf.veth0.disable_ipv6=1
ip netconf show dev veth0
sysctl -qw net.ipv4.conf.veth0.rp_filter=3
ip netconf show dev veth0
ip -j netconf show dev veth0
sysctl -qw net.ipv6.conf.veth1.proxy_ndp=1
ip -6 netconf show dev veth1
ip -br netconf show dev lo
ip -o netconf show dev lo
ip -c netconf show dev lo
ip -f inet netconf show dev lo
ip link set veth0 name eth9
ip -4 netconf
ip link del eth9
ip -4 netconf
ip vrf pids foo
ip vrf exec foo true
ip vrf exec
ip vrf identify 1
ip vrf identify $$
ip vrf show foo
ip vrf sh
ip vrf list
ip -j -p vrf
ip mroute list
ip -6 mroute show
ip mroute s
ip mroute show iif lo
ip -j -p mroute
ip vrf h
ip vrf

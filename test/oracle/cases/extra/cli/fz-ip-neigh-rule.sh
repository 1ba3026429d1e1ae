ip link add d0 type veth peer name d0p
ip link set d0 up
ip link set d0p up
ip addr add 10.1.0.2/16 dev d0
ip route get 10.70.0.1
ip neigh add 10.1.0.9 lladdr 02:00:00:00:00:09 dev d0
ip neigh add 10.1.0.9 lladdr 02:00:00:00:00:09 dev d0
ip neigh show dev d0
ip neigh
ip neigh add 10.1.0.9 lladdr 02:00:00:00:00:09 dev nosuch
ip neigh add 10.1.0.8 dev d0
ip neigh add 10.1.0.8 lladdr zz dev d0
ip neigh add 10.1.0.8 lladdr 2:0:0:0:0:A dev d0 nud noarp
ip neigh replace 10.1.0.10 lladdr 02:00:00:00:00:0a dev d0 nud reachable
ip neigh show 10.1.0.10
ip neigh show to 10.1.0.8
ip neigh change 10.1.0.11 lladdr 02:00:00:00:00:0b dev d0
ip neigh del 10.1.0.99 dev d0
ip neigh del 10.1.0.9 dev d0
ip neigh add 10.1.0.12 dev d0 nud incomplete
ip neigh add 10.1.0.13 dev d0 nud failed
ip neigh add 10.1.0.14 lladdr 02:00:00:00:00:0e dev d0 nud stale
ip neigh flush dev d0
ip neigh show dev d0
ip neigh add 10.1.0.15 dev d0
ip neigh add dev d0
ip neigh add 10.1.0.16 lladdr 02:00:00:00:00:10
ip link del d0
ip neigh
ip rule add from 1.2.3.4 iif nosuch lookup 5
ip rule add oif d0p lookup 6
ip rule add from 10.0.0.0/8 to 192.168.0.0/16 tos 0x10 lookup 7
ip rule add fwmark 7 goto 32766
ip rule add fwmark 0 lookup 9
ip rule add fwmark 0x8/0xf lookup 9
ip rule add from all blackhole
ip rule add from 5.5.5.5 prohibit
ip rule add from 6.6.6.6 unreachable
ip rule add sport 1000 dport 2000-2010 ipproto tcp lookup 8
ip rule add ipproto udp lookup 8
ip rule add uidrange 1000-2000 lookup 9
ip rule add suppress_prefixlength 0 lookup main
ip rule add pref 40000 goto 50000
ip rule add pref 300 nop
ip rule add tos 300 lookup 3
ip rule add uidrange 5 lookup 3
ip rule add sport x lookup 3
ip rule add ipproto bogus lookup 3
ip rule add goto x
ip rule
ip rule del from all blackhole
ip rule del lookup 99
ip rule del ipproto udp lookup 8
ip rule show table 7
ip rule list pref 32766
ip rule del pref 40000
ip rule

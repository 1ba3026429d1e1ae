ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80
serve udp 53
iptables -A OUTPUT -m string --algo bm --string served_by
iptables -A OUTPUT -m string --algo kmp --string SERVED_BY --icase
iptables -A OUTPUT -m string --algo bm --string SERVED_BY
iptables -A OUTPUT -p udp -m string --algo bm --string served_by --from 30
iptables -A OUTPUT -p udp -m string --algo bm --string served_by --from 31
iptables -A OUTPUT -p udp -m string --algo bm --string served_by --to 39
iptables -A OUTPUT -p udp -m string --algo bm --string served_by --to 40
iptables -A OUTPUT -p udp -m string --algo kmp --string served_by --to 39
iptables -A OUTPUT -p udp -m string --algo kmp --string served_by --to 40
iptables -A OUTPUT -p tcp -m string --algo bm --string served_by --from 54 --to 64
iptables -A OUTPUT -p tcp -m string --algo bm --string served_by --from 55
iptables -A OUTPUT -p tcp -m string --algo bm --hex-string '|7b22|served'
iptables -A OUTPUT -p tcp -m string --algo bm --hex-string '|0a|'
iptables -A OUTPUT -m string --algo bm ! --string served_by
iptables -A OUTPUT -m string --algo bm --string 10.0.0.2
iptables -A OUTPUT -m string --algo bm --hex-string '|0a000002|'
iptables -A OUTPUT -m string --algo bm --hex-string '|0a000001|' --to 20
iptables -A OUTPUT -m string --algo bm --hex-string '|0a000001|' --to 15
iptables -A OUTPUT -m string --algo bm --hex-string '|45|' --to 1
iptables -A OUTPUT -m string --algo bm --hex-string '|45|' --from 0 --to 0
iptables -A OUTPUT -p tcp -m length --length 53:1500 -m string --algo kmp --string '"}'
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe icmp 10.0.0.1
iptables -L OUTPUT -n -v -x

# hostname -I: the addresses of up, non-loopback devices in ifindex order, each followed by a space (an empty line when there are none)
hostname -I; hostname -I | od -c | head -2
ip link add v0 type veth peer name v1; ip addr add 10.9.0.1/24 dev v0; hostname -I; ip link set v0 up; ip link set v1 up; hostname -I; ip addr add 10.9.1.1/24 dev v1; ip addr add 192.168.5.5/32 dev lo; hostname -I
for ip in $(hostname -I); do echo "addr=$ip"; done

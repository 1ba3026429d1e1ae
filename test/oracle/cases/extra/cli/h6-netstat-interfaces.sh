# netstat -i / -ia / -ie: the kernel interface table in ifconfig's short and long forms
netstat -i
netstat -ie
ip link add v1 type veth peer name v2
ip link set v1 address 02:00:00:00:00:01
ip link set v2 address 02:00:00:00:00:02
netstat -i
netstat -ia
netstat -iae | grep -v inet6
probe icmp 127.0.0.1
netstat -i

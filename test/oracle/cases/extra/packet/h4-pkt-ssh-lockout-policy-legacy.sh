# Siblings of ssh-lockout-*: policy DROP lock-out, flush under DROP policy, delete by spec, -C checks, the legacy backend.
ip netns add admin
ip link add veth0 type veth peer name eth0
ip link set eth0 netns admin
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec admin ip addr add 10.0.0.2/24 dev eth0
ip netns exec admin ip link set eth0 up
ip netns exec admin ip link set lo up
serve tcp 22 --name host
serve tcp 80 --name host
iptables -P INPUT DROP
ip netns exec admin probe tcp 10.0.0.1 22
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
ip netns exec admin probe tcp 10.0.0.1 22
ip netns exec admin probe tcp 10.0.0.1 80
iptables -C INPUT -p tcp --dport 22 -j ACCEPT
iptables -C INPUT -p tcp --dport 80 -j ACCEPT
iptables -F INPUT
ip netns exec admin probe tcp 10.0.0.1 22
iptables -L INPUT -v -n
iptables -I INPUT -p tcp -m tcp --dport 22 -j ACCEPT
iptables -I INPUT 2 -s 10.0.0.2 -j DROP
ip netns exec admin probe tcp 10.0.0.1 22
ip netns exec admin probe tcp 10.0.0.1 80
iptables -D INPUT -p tcp --dport 22 -j ACCEPT
ip netns exec admin probe tcp 10.0.0.1 22
iptables -D INPUT -p tcp --dport 22 -j ACCEPT
iptables -S INPUT
iptables -P INPUT ACCEPT
iptables -L INPUT -v -n --line-numbers
iptables -F
iptables -P INPUT ACCEPT
iptables-legacy -A INPUT -j DROP
iptables-legacy -A INPUT -p tcp --dport 22 -j ACCEPT
ip netns exec admin probe tcp 10.0.0.1 22
iptables-legacy -I INPUT 1 -p tcp --dport 22 -j ACCEPT
ip netns exec admin probe tcp 10.0.0.1 22
ip netns exec admin probe tcp 10.0.0.1 80
iptables-legacy -L INPUT -v -n --line-numbers
iptables-legacy-save -c
iptables -L INPUT -v -n

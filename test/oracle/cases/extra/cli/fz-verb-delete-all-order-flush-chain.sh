iptables -N a2
iptables -N z2
iptables -A z2 -j a2
iptables -X
iptables -t nat -N z1
iptables -t nat -N a1
iptables -t nat -A a1 -j z1
iptables -t nat -X
iptables -t mangle -N m3
iptables -t mangle -N b3
iptables -t mangle -N k3
iptables -t mangle -A m3 -j ACCEPT
iptables -t mangle -A k3 -j ACCEPT
iptables -t mangle -X
iptables -t mangle -X -v
iptables -R INPUT 1 -j ACCEPT
iptables -F INPUT
iptables -R INPUT 1 -j ACCEPT
iptables -D INPUT 1
iptables -t mangle -F -v
iptables -t mangle -R OUTPUT 1 -j ACCEPT
iptables -t mangle -D OUTPUT 1
iptables -t mangle -R FORWARD 1 -j ACCEPT
iptables -t raw -N r
iptables -t raw -F PREROUTING
iptables -t raw -R PREROUTING 1 -j ACCEPT
iptables -t raw -R OUTPUT 1 -j ACCEPT

iptables -N
iptables -N INPUT
iptables -N DROP
iptables -N LOG
iptables -N A B
iptables -t nat -N PREROUTING
iptables -t nat -N input
iptables -N x -t nat
iptables -t nat -S
iptables -S

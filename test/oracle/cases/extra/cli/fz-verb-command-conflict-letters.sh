iptables -S FORWARD 1 -Z -t raw -P INPUT DROP
iptables -L -Z -N x
iptables -Z -L -F
iptables -L INPUT 1 -Z -A INPUT
iptables -S -Z -X
iptables -Z INPUT 1 -L -E a b
iptables -A INPUT -D INPUT
iptables -L -S

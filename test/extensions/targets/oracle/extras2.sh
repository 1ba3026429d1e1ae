# SYNPROXY, TEE, ECN.
iptables -A INPUT -p tcp -j SYNPROXY --sack-perm --timestamp --wscale 7 --mss 1460
iptables -A FORWARD -p tcp -j SYNPROXY
iptables -A INPUT -p tcp -j SYNPROXY --ecn --mss 0x10
iptables -A INPUT -j SYNPROXY --mss 1460
iptables -A OUTPUT -p tcp -j SYNPROXY
iptables -t mangle -A INPUT -p tcp -j SYNPROXY
iptables -t raw -A PREROUTING -p tcp -j SYNPROXY
iptables -A INPUT -p tcp -j SYNPROXY --wscale x
iptables -t mangle -A PREROUTING -j TEE --gateway 10.0.0.9
iptables -t mangle -A POSTROUTING -j TEE --gateway 127.0.0.1 --oif eth0
iptables -t mangle -A OUTPUT -j TEE --gateway 0.0.0.0
iptables -t mangle -A OUTPUT -j TEE --oif eth0
iptables -t mangle -A OUTPUT -j TEE --gateway localhost
iptables -t mangle -A FORWARD -j TEE --gateway 10.0.0.9 --oif 0123456789abcdef0123
iptables -A INPUT -j TEE --gateway 10.0.0.9
iptables -t nat -A PREROUTING -j TEE --gateway 10.0.0.9
iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-remove
iptables -t mangle -A PREROUTING -j ECN --ecn-tcp-remove
iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-cwr 1 --ecn-tcp-ece 0
iptables -t mangle -A PREROUTING -j ECN --ecn-ip-ect 2
iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-remove --ecn-tcp-cwr 1
iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-cwr 2
iptables -t mangle -A PREROUTING -j ECN
iptables -A INPUT -p tcp -j ECN --ecn-tcp-remove
iptables -S
iptables -L
iptables -L -n
iptables -t mangle -S
iptables -t mangle -L
iptables -t mangle -L -n

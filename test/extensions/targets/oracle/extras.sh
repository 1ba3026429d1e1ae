# CHECKSUM, AUDIT, NETMAP, TPROXY.
iptables -t mangle -A POSTROUTING -p udp -j CHECKSUM --checksum-fill
iptables -t mangle -A POSTROUTING -j CHECKSUM
iptables -A OUTPUT -j CHECKSUM --checksum-fill
iptables -t nat -A POSTROUTING -j CHECKSUM --checksum-fill
iptables -A INPUT -j AUDIT --type accept
iptables -A INPUT -j AUDIT --type DROP
iptables -A INPUT -j AUDIT --type reject
iptables -A INPUT -j AUDIT --type foo
iptables -A INPUT -j AUDIT
iptables -t nat -A PREROUTING -j NETMAP --to 10.5.0.0/16
iptables -t nat -A POSTROUTING -j NETMAP --to 10.6.1.7/24
iptables -t nat -A OUTPUT -j NETMAP --to 10.7.0.0
iptables -t nat -A INPUT -j NETMAP --to 10.8.0.0/255.255.0.0
iptables -t nat -A PREROUTING -j NETMAP --to 10.9.0.0/255.0.255.0
iptables -t nat -A PREROUTING -j NETMAP --to 10.9.0.0/33
iptables -t nat -A PREROUTING -j NETMAP --to localhost/8
iptables -t nat -A PREROUTING -j NETMAP --to nosuchhost.invalid/8
iptables -t nat -A PREROUTING -j NETMAP
iptables -A INPUT -j NETMAP --to 10.0.0.0/8
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 3128 --tproxy-mark 0x1/0x1
iptables -t mangle -A PREROUTING -p udp -j TPROXY --on-port 53 --on-ip 127.0.0.1
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port http --tproxy-mark 5
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 0
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 99999
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port nosuchsvc
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-ip 1.2.3.4
iptables -t mangle -A PREROUTING -j TPROXY --on-port 80
iptables -t mangle -A PREROUTING -p icmp -j TPROXY --on-port 80
iptables -t mangle -A INPUT -p tcp -j TPROXY --on-port 80
iptables -A INPUT -p tcp -j TPROXY --on-port 80
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 80 --on-ip bogus.invalid
iptables -t mangle -S
iptables -t mangle -L
iptables -t mangle -L -n
iptables -t nat -S
iptables -t nat -L
iptables -t nat -L -n
iptables -S
iptables -L
iptables -L -n

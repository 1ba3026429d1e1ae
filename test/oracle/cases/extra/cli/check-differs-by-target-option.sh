iptables -A INPUT -j LOG --log-prefix "a "
iptables -C INPUT -j LOG --log-prefix "b "
iptables -C INPUT -j LOG --log-prefix "a "
iptables -A INPUT -j REJECT
iptables -C INPUT -j REJECT --reject-with icmp-port-unreachable
iptables -C INPUT -j REJECT --reject-with icmp-host-unreachable
iptables -t mangle -A PREROUTING -j MARK --set-mark 1
iptables -t mangle -C PREROUTING -j MARK --set-xmark 0x1/0xffffffff
iptables -t mangle -C PREROUTING -j MARK --set-mark 2
iptables -D INPUT -j REJECT --reject-with icmp-port-unreachable
iptables -S

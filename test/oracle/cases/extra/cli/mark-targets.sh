iptables -t mangle -A PREROUTING -j MARK --set-mark 0x1
iptables -t mangle -A PREROUTING -j MARK --set-mark 0x1/0xff
iptables -t mangle -A PREROUTING -j MARK --set-xmark 0x2/0xf
iptables -t mangle -A PREROUTING -j MARK --and-mark 0xf0
iptables -t mangle -A PREROUTING -j MARK --or-mark 0x4000
iptables -t mangle -A PREROUTING -j MARK --xor-mark 0x1
iptables -t mangle -A PREROUTING -j MARK
iptables -t mangle -A PREROUTING -j MARK --set-mark 10
iptables -A INPUT -j MARK --set-mark 1
iptables -t mangle -S PREROUTING
iptables -t mangle -L PREROUTING -n
iptables -S INPUT

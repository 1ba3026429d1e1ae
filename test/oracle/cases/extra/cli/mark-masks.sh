iptables -t mangle -A PREROUTING -m mark --mark 0x1 -j ACCEPT
iptables -t mangle -A PREROUTING -m mark --mark 1/1 -j ACCEPT
iptables -t mangle -A PREROUTING -m mark --mark 0x10/0xf0 -j ACCEPT
iptables -t mangle -A PREROUTING -m mark ! --mark 0x4000/0x4000 -j ACCEPT
iptables -t mangle -A PREROUTING -m mark --mark 0xffffffff -j ACCEPT
iptables -t mangle -A PREROUTING -m mark --mark 4294967296 -j ACCEPT
iptables -t mangle -A PREROUTING -m mark --mark 0 -j ACCEPT
iptables -t mangle -A PREROUTING -m mark --mark 0/0xffffffff -j ACCEPT
iptables -t mangle -S PREROUTING
iptables -t mangle -L PREROUTING -n

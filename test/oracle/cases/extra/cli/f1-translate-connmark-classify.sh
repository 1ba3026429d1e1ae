iptables-translate -t mangle -A PREROUTING -j CONNMARK --or-mark 4
iptables-translate -t mangle -A PREROUTING -j CONNMARK --and-mark 3
iptables-translate -t mangle -A PREROUTING -j CONNMARK --xor-mark 5
iptables-translate -t mangle -A PREROUTING -j CONNMARK --set-mark 5
iptables-translate -t mangle -A PREROUTING -j CONNMARK --set-xmark 5/7
iptables-translate -t mangle -A PREROUTING -j CONNMARK --save-mark
iptables-translate -t mangle -A PREROUTING -j CONNMARK --restore-mark
iptables-translate -t mangle -A PREROUTING -j CLASSIFY --set-class 0:0
iptables-translate -t mangle -A PREROUTING -j CLASSIFY --set-class 1:2
iptables-translate -t mangle -A PREROUTING -j CLASSIFY --set-class ffff:ffff
iptables-translate -t mangle -A PREROUTING -j CONNMARK --set-xmark 0/0
iptables-translate -t mangle -A PREROUTING -j CONNMARK --set-xmark 0xffffffff/0xffffffff
iptables-translate -t mangle -A PREROUTING -j CONNMARK --set-mark 0x10/0xf0

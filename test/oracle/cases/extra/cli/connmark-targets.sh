iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 0x5
iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark 0x5/0xff
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --nfmask 0xff --ctmask 0xff
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --mask 0xf
iptables -t mangle -A PREROUTING -m connmark --mark 0x5 -j ACCEPT
iptables -t mangle -A PREROUTING -m connmark ! --mark 0x5/0xf -j ACCEPT
iptables -t mangle -S PREROUTING
iptables -t mangle -L PREROUTING -n

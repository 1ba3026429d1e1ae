# Sibling of mark-match-and-target-save with traffic: MARK set/or/and/xor and CONNMARK save/restore with masks on a TCP connection over lo, and -m connmark right after CONNMARK --set-xmark in the same chain (it sees the new mark)
serve tcp 80
iptables -t mangle -A OUTPUT -p tcp --dport 80 -j MARK --set-mark 0x11
iptables -t mangle -A OUTPUT -p tcp --dport 80 -j MARK --or-mark 0x100
iptables -t mangle -A OUTPUT -p tcp --dport 80 -j MARK --and-mark 0xff0
iptables -t mangle -A OUTPUT -p tcp --dport 80 -j MARK --xor-mark 0x1
iptables -t mangle -A OUTPUT -p tcp --dport 80 -j CONNMARK --save-mark --mask 0xff
iptables -t mangle -A OUTPUT -p tcp --sport 80 -j CONNMARK --restore-mark --nfmask 0xf0 --ctmask 0xf0
iptables -t mangle -A POSTROUTING -m mark --mark 0x111
iptables -t mangle -A POSTROUTING -m mark --mark 0x110
iptables -t mangle -A POSTROUTING -m mark --mark 0x10/0xff
iptables -t mangle -A POSTROUTING -m connmark --mark 0x11
iptables -t mangle -A POSTROUTING -m connmark --mark 0x10
iptables -t mangle -A POSTROUTING -m connmark --mark 0x0
iptables -t mangle -A PREROUTING -m mark --mark 0x111
iptables -t mangle -A PREROUTING -m mark --mark 0x10/0xf0
iptables -t mangle -A PREROUTING -m mark --mark 0
iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark 0x5/0xf
iptables -t mangle -A PREROUTING -m connmark --mark 0x15
iptables -A INPUT -m connmark --mark 0x15
iptables -A INPUT -m connmark --mark 0x5/0xf
probe tcp 127.0.0.1 80
iptables -t mangle -L -v -n -x
iptables -L INPUT -v -n -x

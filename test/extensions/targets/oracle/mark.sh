# MARK and CONNMARK: every option form, save normalisation, -L wording, errors.
iptables -t mangle -A PREROUTING -j MARK --set-mark 1
iptables -t mangle -A PREROUTING -j MARK --set-mark 0x10/0xff
iptables -t mangle -A PREROUTING -j MARK --set-xmark 0x4000/0x4000
iptables -t mangle -A PREROUTING -j MARK --set-mark 0
iptables -t mangle -A PREROUTING -j MARK --set-mark 0xffffffff/0
iptables -t mangle -A PREROUTING -j MARK --and-mark 0xffffffff
iptables -t mangle -A PREROUTING -j MARK --and-mark 0xff
iptables -t mangle -A PREROUTING -j MARK --or-mark 0x2
iptables -t mangle -A PREROUTING -j MARK --xor-mark 0x3
iptables -t mangle -A PREROUTING -j MARK --set-xmark 5
iptables -t mangle -A PREROUTING -j MARK --set-xmark 0x12/0xf0
iptables -t mangle -A PREROUTING -j MARK --set-mark 010
iptables -t mangle -A PREROUTING -j MARK --set-mark " 7"
iptables -t mangle -A PREROUTING -j MARK --set-mark +7
iptables -t mangle -A PREROUTING -j MARK --or-mark 0
iptables -t mangle -A PREROUTING -j MARK --set-mark 1 --or-mark 2
iptables -t mangle -A PREROUTING -j MARK --or-mark 2 --set-mark 1
iptables -t mangle -A PREROUTING -j MARK --set-xmark 1 --set-mark 2
iptables -t mangle -A PREROUTING -j MARK --xor-mark 1 --and-mark 2
iptables -t mangle -A PREROUTING -j MARK --set-mark 1 --set-mark 2
iptables -t mangle -A PREROUTING -j MARK
iptables -t mangle -A PREROUTING -j MARK --set-mark zz
iptables -t mangle -A PREROUTING -j MARK --set-mark 1/zz
iptables -t mangle -A PREROUTING -j MARK --set-mark 1x
iptables -t mangle -A PREROUTING -j MARK --set-mark 1/2x
iptables -t mangle -A PREROUTING -j MARK --and-mark 1/2
iptables -t mangle -A PREROUTING -j MARK --set-mark 4294967296
iptables -t mangle -A PREROUTING -j MARK --set-mark -1
iptables -t mangle -A PREROUTING -j MARK --set-mark ""
iptables -t mangle -A PREROUTING -j MARK ! --set-mark 1
iptables -A INPUT -j MARK --set-mark 7
iptables -t nat -A POSTROUTING -j MARK --or-mark 0x4000
iptables -t mangle -A POSTROUTING -j CONNMARK --set-mark 5
iptables -t mangle -A POSTROUTING -j CONNMARK --set-mark 5/0xff
iptables -t mangle -A POSTROUTING -j CONNMARK --save-mark
iptables -t mangle -A POSTROUTING -j CONNMARK --restore-mark
iptables -t mangle -A POSTROUTING -j CONNMARK --save-mark --mask 0xff
iptables -t mangle -A POSTROUTING -j CONNMARK --restore-mark --nfmask 0xf --ctmask 0xf0
iptables -t mangle -A POSTROUTING -j CONNMARK --save-mark --nfmask 0xf
iptables -t mangle -A POSTROUTING -j CONNMARK --restore-mark --mask 0xff
iptables -t mangle -A POSTROUTING -j CONNMARK --and-mark 0xff
iptables -t mangle -A POSTROUTING -j CONNMARK --or-mark 0x3
iptables -t mangle -A POSTROUTING -j CONNMARK --xor-mark 0x3
iptables -t mangle -A POSTROUTING -j CONNMARK --set-xmark 0x3/0xf
iptables -t mangle -A POSTROUTING -j CONNMARK --save-mark --left-shift-mark 4
iptables -t mangle -A POSTROUTING -j CONNMARK --restore-mark --right-shift-mark 8 --mask 0xff00
iptables -t mangle -A POSTROUTING -j CONNMARK --set-mark 1 --left-shift-mark 2
iptables -t mangle -A POSTROUTING -j CONNMARK --save-mark --left-shift-mark 2 --right-shift-mark 3
iptables -t mangle -A POSTROUTING -j CONNMARK --ctmask 0xf --save-mark
iptables -t mangle -A POSTROUTING -j CONNMARK --save-mark --left-shift-mark 33
iptables -t mangle -A POSTROUTING -j CONNMARK
iptables -t mangle -A POSTROUTING -j CONNMARK --mask 0xff
iptables -t mangle -A POSTROUTING -j CONNMARK --save-mark --mask 0xff --ctmask 0xf
iptables -t mangle -A POSTROUTING -j CONNMARK --save-mark --restore-mark
iptables -t mangle -A POSTROUTING -j CONNMARK --set-mark 1 --save-mark
iptables -t mangle -A POSTROUTING -j CONNMARK --set-mark 1/2/3
iptables -A FORWARD -j CONNMARK --save-mark
iptables -t nat -A PREROUTING -j CONNMARK --restore-mark
iptables -t mangle -S
iptables -t mangle -L
iptables -t mangle -L -n
iptables -S
iptables -L
iptables -t nat -S

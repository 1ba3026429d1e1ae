# Siblings of mark-match-and-target-save: every MARK and CONNMARK form, ip6tables, errors, legacy beside nft
ip6tables -t mangle -A PREROUTING -i eth0 -j MARK --set-mark 0x1
ip6tables -t mangle -A PREROUTING -m mark --mark 0x1 -j CONNMARK --save-mark
ip6tables -t mangle -A OUTPUT -j CONNMARK --restore-mark
ip6tables -A FORWARD -m connmark --mark 0x1/0xff -j ACCEPT
ip6tables -A FORWARD -m connmark ! --mark 0x2 -j ACCEPT
ip6tables-save
iptables -t mangle -A PREROUTING -j MARK --set-xmark 0x10/0xf0
iptables -t mangle -A PREROUTING -j MARK --and-mark 0xff
iptables -t mangle -A PREROUTING -j MARK --or-mark 0x100
iptables -t mangle -A PREROUTING -j MARK --xor-mark 0x4
iptables -t mangle -A PREROUTING -j MARK --set-mark 0x2/0xffff
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 0x3
iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark 0x3/0xf
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --nfmask 0xff --ctmask 0xff00
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --mask 0xff
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --mask 0xffff
iptables -t mangle -A PREROUTING -j CONNMARK --and-mark 0x7
iptables -t mangle -A PREROUTING -j CONNMARK --or-mark 0x8
iptables -t mangle -A PREROUTING -j CONNMARK --xor-mark 0x9
iptables -t mangle -S PREROUTING
iptables -t mangle -L PREROUTING -n -v
iptables -t mangle -L PREROUTING
iptables -A FORWARD -m mark --mark 0x1 -j MARK --set-mark 2
iptables -A FORWARD -j CONNMARK
iptables -A FORWARD -j MARK
iptables -t mangle -A POSTROUTING -j MARK --set-mark foo
iptables -t mangle -A POSTROUTING -j CONNMARK --set-mark 0x1 --save-mark
iptables -A FORWARD -m connmark --mark -j ACCEPT
iptables-save -t mangle
iptables-legacy -t mangle -A OUTPUT -j MARK --set-mark 7
iptables-legacy -t mangle -S OUTPUT
iptables-nft -t mangle -S OUTPUT

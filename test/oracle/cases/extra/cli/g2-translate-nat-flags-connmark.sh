# iptables-translate: libxt_NAT joins range flags with commas; CONNMARK save/restore spell a common mask, a shift wraps the value in ( ... ) <<
iptables-translate -t nat -A POSTROUTING -p tcp -j DNAT --to-destination 10.0.0.1 --random --persistent
iptables-translate -t nat -A POSTROUTING -p tcp -j DNAT --to-destination 10.0.0.1 --random --random-fully
iptables-translate -t nat -A POSTROUTING -p tcp -j DNAT --to-destination 10.0.0.1 --random-fully --persistent
iptables-translate -t nat -A POSTROUTING -p tcp -j DNAT --to-destination 10.0.0.1 --random --random-fully --persistent
iptables-translate -t nat -A POSTROUTING -p tcp -j SNAT --to-source 10.0.0.1:5 --random --persistent
iptables-translate -t nat -A POSTROUTING -p tcp -j SNAT --to-source 10.0.0.1:5 --random --random-fully
iptables-translate -t nat -A POSTROUTING -p tcp -j SNAT --to-source 10.0.0.1:5 --random-fully --persistent
iptables-translate -t nat -A POSTROUTING -p tcp -j SNAT --to-source 10.0.0.1:5 --random --random-fully --persistent
iptables-translate -t nat -A POSTROUTING -p tcp -j MASQUERADE --random --persistent
iptables-translate -t nat -A POSTROUTING -p tcp -j MASQUERADE --random --random-fully
iptables-translate -t nat -A POSTROUTING -p tcp -j MASQUERADE --random-fully --persistent
iptables-translate -t nat -A POSTROUTING -p tcp -j MASQUERADE --random --random-fully --persistent
ip6tables-translate -t nat -A PREROUTING -p tcp -j DNAT --to-destination [fe80::1]:80 --random --persistent
iptables-translate -t mangle -A PREROUTING -j CONNMARK --save-mark --mask 0xff
iptables-translate -t mangle -A PREROUTING -j CONNMARK --save-mark --nfmask 0xff
iptables-translate -t mangle -A PREROUTING -j CONNMARK --save-mark --ctmask 0xff
iptables-translate -t mangle -A PREROUTING -j CONNMARK --save-mark --nfmask 0xf --ctmask 0xff
iptables-translate -t mangle -A PREROUTING -j CONNMARK --restore-mark --mask 0xff
iptables-translate -t mangle -A PREROUTING -j CONNMARK --restore-mark --nfmask 0xf
iptables-translate -t mangle -A PREROUTING -j CONNMARK --restore-mark --ctmask 0xf0
iptables-translate -t mangle -A PREROUTING -j CONNMARK --restore-mark --nfmask 0xff --ctmask 0xff
iptables-translate -t mangle -A PREROUTING -j CONNMARK --set-mark 0
iptables-translate -t mangle -A PREROUTING -j CONNMARK --save-mark --mask 0xffffffff
iptables-translate -t mangle -A PREROUTING -j CONNMARK --save-mark --mask 0
ip6tables-translate -t mangle -A PREROUTING -j CONNMARK --restore-mark --nfmask 0xff
iptables-translate -t mangle -A PREROUTING -j CONNMARK --save-mark --left-shift-mark 2
iptables-translate -t mangle -A PREROUTING -j CONNMARK --save-mark --mask 0xff --right-shift-mark 3
iptables-translate -t mangle -A PREROUTING -j CONNMARK --restore-mark --mask 0xff --left-shift-mark 3
iptables-translate -t mangle -A PREROUTING -j CONNMARK --restore-mark --nfmask 0xf --ctmask 0xf --right-shift-mark 1
iptables-translate -t mangle -A PREROUTING -j CONNMARK --restore-mark --nfmask 0xf --ctmask 0xff --right-shift-mark 1
iptables-translate -t mangle -A PREROUTING -j CONNMARK --set-mark 5 --left-shift-mark 2
iptables-translate -t mangle -A PREROUTING -j CONNMARK --set-xmark 5/7 --right-shift-mark 2
iptables-translate -t mangle -A PREROUTING -j CONNMARK --save-mark --left-shift-mark 0
iptables-translate -t mangle -A PREROUTING -j CONNMARK --save-mark --mask 0xffffffff --left-shift-mark 31

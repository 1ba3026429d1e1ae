iptables-translate -A INPUT -m devgroup --src-group 0x1/0xf
iptables-translate -A INPUT -m devgroup --dst-group 0x1/0xf --src-group 3
iptables-translate -A INPUT -m devgroup --src-group 5 ! --dst-group 7
iptables-translate -A INPUT -m devgroup ! --dst-group 7/0xff
iptables-translate -A INPUT -m realm --realm 0x1/0xff
iptables-translate -A INPUT -m realm ! --realm 5/0xf
iptables-translate -A INPUT -m realm ! --realm 5

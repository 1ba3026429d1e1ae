iptables -A INPUT -m realm --realm '1/2x' -j ACCEPT
iptables -A INPUT -m mark --mark '1/2x' -j ACCEPT
iptables -t mangle -A PREROUTING -j MARK --set-xmark '1/2x'
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark '1/2x'
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --tproxy-mark '1/2x'
iptables -t mangle -A PREROUTING -j TOS --set-tos '1/2x'
iptables -t mangle -A PREROUTING -m tos --tos '1/2x'
iptables -A INPUT -m realm --realm '1x/2' -j ACCEPT
iptables -A INPUT -m mark --mark '1x/2' -j ACCEPT
iptables -t mangle -A PREROUTING -j MARK --set-xmark '1x/2'
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark '1x/2'
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --tproxy-mark '1x/2'
iptables -t mangle -A PREROUTING -j TOS --set-tos '1x/2'
iptables -t mangle -A PREROUTING -m tos --tos '1x/2'
iptables -A INPUT -m realm --realm '1/x' -j ACCEPT
iptables -A INPUT -m mark --mark '1/x' -j ACCEPT
iptables -t mangle -A PREROUTING -j MARK --set-xmark '1/x'
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark '1/x'
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --tproxy-mark '1/x'
iptables -t mangle -A PREROUTING -j TOS --set-tos '1/x'
iptables -t mangle -A PREROUTING -m tos --tos '1/x'
iptables -A INPUT -m realm --realm '1/' -j ACCEPT
iptables -A INPUT -m mark --mark '1/' -j ACCEPT
iptables -t mangle -A PREROUTING -j MARK --set-xmark '1/'
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark '1/'
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --tproxy-mark '1/'
iptables -t mangle -A PREROUTING -j TOS --set-tos '1/'
iptables -t mangle -A PREROUTING -m tos --tos '1/'
iptables -A INPUT -m realm --realm '/1' -j ACCEPT
iptables -A INPUT -m mark --mark '/1' -j ACCEPT
iptables -t mangle -A PREROUTING -j MARK --set-xmark '/1'
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark '/1'
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --tproxy-mark '/1'
iptables -t mangle -A PREROUTING -j TOS --set-tos '/1'
iptables -t mangle -A PREROUTING -m tos --tos '/1'
iptables -A INPUT -m realm --realm '0x1/0xg' -j ACCEPT
iptables -A INPUT -m mark --mark '0x1/0xg' -j ACCEPT
iptables -t mangle -A PREROUTING -j MARK --set-xmark '0x1/0xg'
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark '0x1/0xg'
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --tproxy-mark '0x1/0xg'
iptables -t mangle -A PREROUTING -j TOS --set-tos '0x1/0xg'
iptables -t mangle -A PREROUTING -m tos --tos '0x1/0xg'
iptables -A INPUT -m realm --realm '4294967296/1' -j ACCEPT
iptables -A INPUT -m mark --mark '4294967296/1' -j ACCEPT
iptables -t mangle -A PREROUTING -j MARK --set-xmark '4294967296/1'
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark '4294967296/1'
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --tproxy-mark '4294967296/1'
iptables -t mangle -A PREROUTING -j TOS --set-tos '4294967296/1'
iptables -t mangle -A PREROUTING -m tos --tos '4294967296/1'
iptables -A INPUT -m realm --realm '1/4294967296' -j ACCEPT
iptables -A INPUT -m mark --mark '1/4294967296' -j ACCEPT
iptables -t mangle -A PREROUTING -j MARK --set-xmark '1/4294967296'
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark '1/4294967296'
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --tproxy-mark '1/4294967296'
iptables -t mangle -A PREROUTING -j TOS --set-tos '1/4294967296'
iptables -t mangle -A PREROUTING -m tos --tos '1/4294967296'
iptables -A INPUT -m realm --realm ' 1' -j ACCEPT
iptables -A INPUT -m mark --mark ' 1' -j ACCEPT
iptables -t mangle -A PREROUTING -j MARK --set-xmark ' 1'
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark ' 1'
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --tproxy-mark ' 1'
iptables -t mangle -A PREROUTING -j TOS --set-tos ' 1'
iptables -t mangle -A PREROUTING -m tos --tos ' 1'
iptables -A INPUT -m realm --realm '1 /2' -j ACCEPT
iptables -A INPUT -m mark --mark '1 /2' -j ACCEPT
iptables -t mangle -A PREROUTING -j MARK --set-xmark '1 /2'
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark '1 /2'
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --tproxy-mark '1 /2'
iptables -t mangle -A PREROUTING -j TOS --set-tos '1 /2'
iptables -t mangle -A PREROUTING -m tos --tos '1 /2'
iptables -A INPUT -m realm --realm '+1' -j ACCEPT
iptables -A INPUT -m mark --mark '+1' -j ACCEPT
iptables -t mangle -A PREROUTING -j MARK --set-xmark '+1'
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark '+1'
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --tproxy-mark '+1'
iptables -t mangle -A PREROUTING -j TOS --set-tos '+1'
iptables -t mangle -A PREROUTING -m tos --tos '+1'
iptables -A INPUT -m realm --realm '-1' -j ACCEPT
iptables -A INPUT -m mark --mark '-1' -j ACCEPT
iptables -t mangle -A PREROUTING -j MARK --set-xmark '-1'
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark '-1'
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --tproxy-mark '-1'
iptables -t mangle -A PREROUTING -j TOS --set-tos '-1'
iptables -t mangle -A PREROUTING -m tos --tos '-1'
iptables -A INPUT -m realm --realm '1/-1' -j ACCEPT
iptables -A INPUT -m mark --mark '1/-1' -j ACCEPT
iptables -t mangle -A PREROUTING -j MARK --set-xmark '1/-1'
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark '1/-1'
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --tproxy-mark '1/-1'
iptables -t mangle -A PREROUTING -j TOS --set-tos '1/-1'
iptables -t mangle -A PREROUTING -m tos --tos '1/-1'
iptables -A INPUT -m realm --realm '0x' -j ACCEPT
iptables -A INPUT -m mark --mark '0x' -j ACCEPT
iptables -t mangle -A PREROUTING -j MARK --set-xmark '0x'
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark '0x'
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --tproxy-mark '0x'
iptables -t mangle -A PREROUTING -j TOS --set-tos '0x'
iptables -t mangle -A PREROUTING -m tos --tos '0x'
iptables -A INPUT -m realm --realm '08' -j ACCEPT
iptables -A INPUT -m mark --mark '08' -j ACCEPT
iptables -t mangle -A PREROUTING -j MARK --set-xmark '08'
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark '08'
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --tproxy-mark '08'
iptables -t mangle -A PREROUTING -j TOS --set-tos '08'
iptables -t mangle -A PREROUTING -m tos --tos '08'
iptables -A INPUT -m realm --realm '0x10/0xf0' -j ACCEPT
iptables -A INPUT -m mark --mark '0x10/0xf0' -j ACCEPT
iptables -t mangle -A PREROUTING -j MARK --set-xmark '0x10/0xf0'
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark '0x10/0xf0'
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --tproxy-mark '0x10/0xf0'
iptables -t mangle -A PREROUTING -j TOS --set-tos '0x10/0xf0'
iptables -t mangle -A PREROUTING -m tos --tos '0x10/0xf0'
iptables -S
iptables -t mangle -S
iptables -L -n

# Siblings of the public match cases: numbers in hex, octal, with signs or spaces, where each option's parser takes or refuses them
iptables -A INPUT -m statistic --mode random --probability 1e-1 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 0x0.8 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability " 0.5" -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 0.5x -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability inf -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability nan -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every 0x10 --packet 010 -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every " 3" -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every +3 -j ACCEPT
iptables -A INPUT -m limit --limit 0x5/s -j ACCEPT
iptables -A INPUT -m limit --limit 5/ s -j ACCEPT
iptables -A INPUT -m limit --limit 5/S -j ACCEPT
iptables -A INPUT -m limit --limit " 5/s" -j ACCEPT
iptables -A INPUT -m limit --limit-burst 0x10 -j ACCEPT
iptables -A INPUT -m limit --limit-burst 010 -j ACCEPT
iptables -A INPUT -m limit --limit-burst +5 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 0x8 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 010 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 3/0x3 -j ACCEPT
iptables -A INPUT -p 0x6 -j ACCEPT
iptables -A INPUT -p 06 -j ACCEPT
iptables -A INPUT -p " 6" -j ACCEPT
iptables -A INPUT -p tcp -m connlimit --connlimit-above 0x10 -j ACCEPT
iptables -A INPUT -p tcp -m connlimit --connlimit-above 10 --connlimit-mask 0x18 -j ACCEPT
iptables -A INPUT -m recent --rcheck --hitcount 0x2 --seconds 0x10 -j ACCEPT
iptables -A INPUT -s 10.0.0.0/0x8 -j ACCEPT
iptables -A INPUT -s 10.0.0.0/08 -j ACCEPT
iptables -A INPUT -s 10.0.0.0/+8 -j ACCEPT
iptables -A INPUT -s 10.0.0.0/ 8 -j ACCEPT
iptables -A INPUT -m iprange --src-range 0x0a000001-10.0.0.2 -j ACCEPT
iptables -A INPUT -p tcp --dport +22 -j ACCEPT
iptables -A INPUT -p tcp --dport 022 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 0x16,022 -j ACCEPT
iptables -A INPUT -m mark --mark +1 -j ACCEPT
iptables -A INPUT -m mark --mark " 1" -j ACCEPT
iptables -A INPUT -m mark --mark 1/+1 -j ACCEPT
iptables -A INPUT -m connmark --mark 0x -j ACCEPT
iptables -A INPUT -m mark --mark 0x -j ACCEPT
iptables -t mangle -A OUTPUT -j MARK --set-mark 0x
iptables -t mangle -A OUTPUT -j MARK --set-mark 08
iptables -t mangle -A OUTPUT -j CONNMARK --set-mark 010
iptables -A INPUT -m addrtype --dst-type local,unicast -j ACCEPT
iptables -A INPUT -m conntrack --ctexpire 0x10:0x20 -j ACCEPT
iptables -A INPUT -m conntrack --ctorigsrcport 0x50 -j ACCEPT
iptables -A INPUT -p tcp --tcp-option 0x2 -j ACCEPT
iptables -S
iptables -t mangle -S

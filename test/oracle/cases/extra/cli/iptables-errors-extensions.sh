iptables -A INPUT -m limit --limit abc -j ACCEPT
iptables -A INPUT -m limit --limit 1/year -j ACCEPT
iptables -A INPUT -m length --length abc -j ACCEPT
iptables -A INPUT -m ttl --ttl-eq abc -j ACCEPT
iptables -A INPUT -m ttl -j ACCEPT
iptables -A INPUT -m mark --mark abc -j ACCEPT
iptables -A INPUT -m mark -j ACCEPT
iptables -A INPUT -m mac --mac-source zz:11:22:33:44:55 -j ACCEPT
iptables -A INPUT -m iprange --src-range 10.0.0.1-abc -j ACCEPT
iptables -A INPUT -m recent --seconds 10 -j ACCEPT
iptables -A INPUT -m recent --name "" --set -j ACCEPT
iptables -A INPUT -m connlimit --connlimit-above abc -j ACCEPT
iptables -A INPUT -m comment --comment -j ACCEPT
iptables -A INPUT -m addrtype --src-type -j ACCEPT
iptables -S INPUT

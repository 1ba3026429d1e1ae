iptables -A INPUT -m recent --name X --set
iptables -A INPUT -m recent --rcheck --seconds 60 --hitcount 3 --rttl --name X --rdest
iptables -A INPUT -m recent --update --seconds 30 --reap --name X --mask 255.255.255.0
iptables -A INPUT -m recent --remove
iptables -A INPUT -m recent ! --rcheck --name Y
iptables -A INPUT -m recent --set --rcheck
iptables -A INPUT -m recent --name X
iptables -A INPUT -m recent --set --seconds 10
iptables -A INPUT -m recent --rcheck --reap
iptables -A INPUT -m recent --rcheck --hitcount 100
iptables -A INPUT -m recent --rcheck --hitcount 0
iptables -A INPUT -m recent --rcheck --seconds 0
iptables -A INPUT -m recent --rcheck --name "a b"
iptables -A INPUT -m recent --rcheck --mask 255.0.255.0
iptables -A INPUT -m recent --update --rsource --rdest
iptables -A INPUT -p tcp -m connlimit --connlimit-upto 5 -j ACCEPT
iptables -A INPUT -p tcp -m connlimit ! --connlimit-above 5 --connlimit-mask 24 --connlimit-daddr -j ACCEPT
iptables -A INPUT -m connlimit --connlimit-above 2 --connlimit-upto 5 -j ACCEPT
iptables -A INPUT -m connlimit -j ACCEPT
iptables -A INPUT -m connlimit --connlimit-above 2 --connlimit-mask 33 -j ACCEPT
iptables -A INPUT -m connlimit ! --connlimit-upto 3 -j ACCEPT
iptables -A INPUT -m connlimit --connlimit-above 2 --connlimit-saddr --connlimit-daddr -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name foo -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-above 100/min --hashlimit-burst 10 --hashlimit-mode srcip,dstport --hashlimit-name bar --hashlimit-htable-expire 60000 -j DROP
iptables -A INPUT -m hashlimit --hashlimit 5 --hashlimit-name baz -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 5/sec -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 1000kb/s --hashlimit-name bytes -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 5/hour --hashlimit-mode srcip --hashlimit-srcmask 24 --hashlimit-name m -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 5/hour --hashlimit-mode foo --hashlimit-name m -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n
iptables -F
iptables -A INPUT -m mark --mark 0x1/zz -j ACCEPT
iptables -A INPUT -m mark --mark 1x -j ACCEPT
iptables -A INPUT -m mark --mark 1 --mark 2 -j ACCEPT
iptables -A INPUT -m mark -j ACCEPT
iptables -A INPUT -m iprange --src-range 10.0.0.9-10.0.0.1 -j ACCEPT
iptables -A INPUT -m iprange --src-range 10.0.0.300 -j ACCEPT
iptables -A INPUT -m iprange --src-range 10.1-10.2 -j ACCEPT
iptables -A INPUT -m iprange -j ACCEPT
iptables -A INPUT -m iprange --src-range 1.1.1.1 --dst-range 2.2.2.2-2.2.2.3 -j ACCEPT
iptables -A INPUT -m addrtype -j ACCEPT
iptables -A INPUT -m addrtype --src-type LOCAL,FOO -j ACCEPT
iptables -A INPUT -m addrtype --src-type loc,uni -j ACCEPT
iptables -A INPUT -m addrtype --dst-type LOCAL --limit-iface-out -j ACCEPT
iptables -A OUTPUT -m addrtype --dst-type LOCAL --limit-iface-in -j ACCEPT
iptables -A INPUT -m addrtype --dst-type LOCAL --limit-iface-in --limit-iface-out -j ACCEPT
iptables -A INPUT -m statistic --mode random -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every 2 --packet 2 -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every 0 --packet 0 -j ACCEPT
iptables -A INPUT -m statistic --mode foo -j ACCEPT
iptables -A INPUT -m statistic --probability 0.5 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 0.5 --every 2 --packet 0 -j ACCEPT
iptables -A INPUT -m statistic --mode nth --packet 1 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 0.000244140625 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 1e-1 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 0.9999999999 -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every 5 --packet 0 -j ACCEPT
iptables -A INPUT -m statistic ! --mode nth --every 5 --packet 0 -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n

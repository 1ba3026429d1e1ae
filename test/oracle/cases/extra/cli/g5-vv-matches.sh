iptables -vv -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -vv -A INPUT -m state --state NEW -m comment --comment "ssh in" -p tcp --dport 22
iptables -vv -A INPUT -m mark --mark 0x4000/0x4000 -j ACCEPT
iptables -vv -A INPUT -m mark ! --mark 7
iptables -vv -A INPUT -m limit --limit 5/min --limit-burst 10 -j LOG --log-prefix "in: "
iptables -vv -A INPUT -m limit --limit 2/hour -m limit --limit 1/day -m limit --limit 3/s
iptables -vv -A INPUT -m addrtype --dst-type LOCAL -m iprange --src-range 1.1.1.1-1.1.1.9
iptables -vv -A INPUT -m recent --name x --set -m hashlimit --hashlimit-upto 1/s --hashlimit-name h
iptables -vv -A INPUT -m owner --uid-owner 0 -m connlimit --connlimit-above 2 -m statistic --mode random --probability 0.5
iptables -vv -A INPUT -m pkttype --pkt-type broadcast -m length --length 10:20 -m ttl --ttl-gt 3 -m tos --tos 0x10
iptables -vv -A INPUT -m string --algo bm --string ab -m helper --helper ftp -m connmark --mark 1 -m quota --quota 10
iptables -vv -A INPUT -m physdev --physdev-in eth0 -m policy --dir in --pol none -m socket -m cgroup --path /
iptables -vv -A INPUT -m mac --mac-source 00:11:22:33:44:55 -m dscp --dscp 1 -m devgroup --src-group 1 -m cpu --cpu 0
iptables -vv -A INPUT -p icmp --icmp-type 3/1 -m icmp ! --icmp-type 8
iptables -vv -A INPUT -m u32 --u32 "0>>22&0x3C@0>>16=0x0" -m time --timestart 10:00 -m rpfilter

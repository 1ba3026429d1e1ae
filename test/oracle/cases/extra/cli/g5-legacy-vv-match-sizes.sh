iptables-legacy -N m
iptables-legacy -A m -p tcp --dport 22 -j ACCEPT
iptables-legacy -A m -p udp --dport 53 -j ACCEPT
iptables-legacy -A m -p icmp --icmp-type 8 -j ACCEPT
iptables-legacy -A m -p tcp -m multiport --dports 1,2 -j ACCEPT
iptables-legacy -A m -m state --state NEW -j ACCEPT
iptables-legacy -A m -m conntrack --ctstate NEW -j ACCEPT
iptables-legacy -A m -m comment --comment x -j ACCEPT
iptables-legacy -A m -m mark --mark 1 -j ACCEPT
iptables-legacy -A m -m limit --limit 1/s -j ACCEPT
iptables-legacy -A m -m addrtype --src-type LOCAL -j ACCEPT
iptables-legacy -A m -m iprange --src-range 1.1.1.1-1.1.1.2 -j ACCEPT
iptables-legacy -A m -m mac --mac-source 00:11:22:33:44:55 -j ACCEPT
iptables-legacy -A m -m pkttype --pkt-type host -j ACCEPT
iptables-legacy -A m -m recent --name x --set -j ACCEPT
iptables-legacy -A m -m length --length 10 -j ACCEPT
iptables-legacy -A m -m ttl --ttl-eq 3 -j ACCEPT
iptables-legacy -A m -m tos --tos 0x10 -j ACCEPT
iptables-legacy -A m -m dscp --dscp 1 -j ACCEPT
iptables-legacy -A m -m string --algo bm --string ab -j ACCEPT
iptables-legacy -A m -m statistic --mode random --probability 0.5 -j ACCEPT
iptables-legacy -A m -m helper --helper ftp -j ACCEPT
iptables-legacy -A m -m connmark --mark 1 -j ACCEPT
iptables-legacy -A m -m quota --quota 10 -j ACCEPT
iptables-legacy -A m -m hashlimit --hashlimit-upto 1/s --hashlimit-name h -j ACCEPT
iptables-legacy -A m -m connlimit --connlimit-above 2 -j ACCEPT
iptables-legacy -A m -m owner --uid-owner 0 -j ACCEPT
iptables-legacy -A m -m physdev --physdev-in eth0 -j ACCEPT
iptables-legacy -A m -m u32 --u32 '0>>22&0x3C@0>>16=0x0' -j ACCEPT
iptables-legacy -A m -m time --timestart 10:00 -j ACCEPT
iptables-legacy -A m -m policy --dir in --pol none -j ACCEPT
iptables-legacy -A m -m devgroup --src-group 1 -j ACCEPT
iptables-legacy -A m -m ecn --ecn-tcp-ece -j ACCEPT
iptables-legacy -A m -m socket -j ACCEPT
iptables-legacy -A m -p tcp -m tcpmss --mss 10 -j ACCEPT
iptables-legacy -A m -m connbytes --connbytes 1 --connbytes-dir both --connbytes-mode packets -j ACCEPT
iptables-legacy -A m -m cpu --cpu 0 -j ACCEPT
iptables-legacy -A m -m realm --realm 1 -j ACCEPT
iptables-legacy -A m -p esp -m esp --espspi 1 -j ACCEPT
iptables-legacy -A m -p ah -m ah --ahspi 1 -j ACCEPT
iptables-legacy -A m -m rpfilter -j ACCEPT
iptables-legacy -A m -m cgroup --path / -j ACCEPT
iptables-legacy -A m -m nfacct --nfacct-name x -j ACCEPT
iptables-legacy -A m -p sctp -m sctp --dport 1 -j ACCEPT
iptables-legacy -A m -p dccp -m dccp --dport 1 -j ACCEPT
iptables-legacy -A m -m connlabel --label 1 -j ACCEPT
iptables-legacy -A m -p tcp -m tcp --tcp-option 2 -j ACCEPT
iptables-legacy -vv -L m -n

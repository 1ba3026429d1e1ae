iptables -A INPUT -p icmp --icmp-type 3/0:5 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 3:5 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 3x -j ACCEPT
iptables -A INPUT -m ttl --ttl 5 -j ACCEPT
iptables -A INPUT -m conntrack --ctorigsrc 127.0.0.1 --ctorigdst 10.1.2.3/8 --ctreplsrc 0.0.0.0/0 -j ACCEPT
iptables -A INPUT -m conntrack --ctorigsrc 10.0.0.0/255.0.255.0 -j ACCEPT
iptables -A INPUT -m conntrack --ctstate INVALID --ctdir REPLY -j ACCEPT
iptables -A INPUT -m conntrack --ctstate I,N,E -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 1mb/s --hashlimit-burst 2mb --hashlimit-name b2 -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 100b/s --hashlimit-name b3 -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-htable-size 100 --hashlimit-htable-max 200 --hashlimit-htable-gcinterval 500 --hashlimit-htable-expire 3000 --hashlimit-dstmask 16 --hashlimit-name b4 -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-burst 2000000 --hashlimit-name b5 -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-upto 6/sec --hashlimit-name b6 -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-above 6/sec --hashlimit-name b7 -j ACCEPT
iptables -A INPUT -m hashlimit ! --hashlimit-upto 5/sec --hashlimit-name b8 -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name b9 --hashlimit-mode dstip,srcport -j ACCEPT
iptables -A INPUT -p udp -m multiport --dports domain,ntp,bootps -j ACCEPT
iptables -A INPUT -m comment --comment "héllo wörld" -j ACCEPT
iptables -A INPUT -m state --state new,rel -j ACCEPT
iptables -A INPUT -m state --state "" -j ACCEPT
iptables -A INPUT -m tos ! --tos Minimize-Cost -j ACCEPT
iptables -A INPUT -m tos --tos 300 -j ACCEPT
iptables -A INPUT -m tos --tos 0x10/zz -j ACCEPT
iptables -A INPUT -m limit --limit 1/sec --limit-burst 10000 -j ACCEPT
iptables -A INPUT -m mark --mark 0x1/0x0 -j ACCEPT
iptables -A INPUT -m iprange ! --dst-range 1.2.3.4-1.2.3.5 -j ACCEPT
iptables -A INPUT -m addrtype --src-type "" -j ACCEPT
iptables -A INPUT -m addrtype --src-type LOCAL,,UNICAST -j ACCEPT
iptables -A INPUT -m length --length 1:2:3 -j ACCEPT
iptables -A INPUT -m length --length 5x -j ACCEPT
iptables -A INPUT -m helper -j ACCEPT
iptables -A INPUT -m connmark -j ACCEPT
iptables -A INPUT -m dscp --dscp 1 --dscp-class EF -j ACCEPT
iptables -A INPUT -m recent --rcheck --mask foo -j ACCEPT
iptables -A INPUT -m recent --rcheck --name "" -j ACCEPT
iptables -A INPUT -p udp ! --sport 53 -j ACCEPT
iptables -A FORWARD -m physdev --physdev-in abcdefghijklmnop -j ACCEPT
iptables -A INPUT -m pkttype --pkt-type otherhost -j ACCEPT
iptables -A INPUT -m pkttype --pkt-type mcast -j ACCEPT
iptables -A INPUT -m owner --uid-owner 0 -j ACCEPT
iptables -A INPUT -m mac --mac-source 0:1:2:3:4:5 -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every 3 --packet 0 --packet 1 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability abc -j ACCEPT
iptables -A INPUT -m connlimit --connlimit-above abc -j ACCEPT
iptables -A INPUT -m connlimit --connlimit-above 5 --connlimit-mask 0 -j ACCEPT
iptables -A INPUT -m set --match-set abcdefghijabcdefghijabcdefghijabc src -j ACCEPT
iptables -A INPUT -m tcp -p tcp --dport 22 -m tcp --sport 80 -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags ALL FIN,URG,PSH -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags ,SYN, SYN -j ACCEPT
iptables -A INPUT -p tcp --sport 0 --dport 65535 -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n

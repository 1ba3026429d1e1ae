arptables -A INPUT --match mark --mark 1 -j ACCEPT
arptables -A INPUT --match comment --comment "hello world" -j ACCEPT
arptables -A INPUT --match limit --limit 5/s -j ACCEPT
arptables -A INPUT --match statistic --mode nth --every 2 -j ACCEPT
arptables -A INPUT --match tcp --dport 22 -j ACCEPT
arptables -A INPUT --match mac --mac-source 00:11:22:33:44:55 -j ACCEPT
arptables -A INPUT --match pkttype --pkt-type broadcast -j ACCEPT
arptables -A INPUT --match time --weekdays Mon -j ACCEPT
arptables -L
arptables -L -v -n
arptables-save
arptables -D INPUT --match mark --mark 1 -j ACCEPT
arptables -S
arptables -F
arptables -A INPUT --match conntrack --ctstate NEW -j ACCEPT
arptables -A INPUT --match state --state NEW -j ACCEPT
arptables -A INPUT --match multiport --dports 1,2 -j ACCEPT
arptables -A INPUT --match udp --sport 53 -j ACCEPT
arptables -A INPUT --match iprange --src-range 1.1.1.1-1.1.1.5 -j ACCEPT
arptables -A INPUT --match string --algo bm --string foo -j ACCEPT
arptables -A INPUT --match icmp --icmp-type 8 -j ACCEPT
arptables -A INPUT --match recent --set -j ACCEPT
arptables -A INPUT --match hashlimit --hashlimit-upto 1/s --hashlimit-name x -j ACCEPT
arptables -A INPUT --match mark -j ACCEPT
arptables -A INPUT --match mark --mark 1 --mark 2 -j ACCEPT
arptables -A INPUT --match mark ! --mark 1 -j ACCEPT
arptables -A INPUT --match comment -j ACCEPT
arptables -A INPUT --match tcp --tcp-flags SYN,ACK SYN -j ACCEPT
arptables -A INPUT --match tcp ! --syn -j ACCEPT
arptables -A INPUT --match limit --limit 1/x -j ACCEPT
arptables -A INPUT --match mac --mac-source zz -j ACCEPT
arptables -A INPUT --match physdev --physdev-in eth0 -j ACCEPT
arptables -A INPUT --match length --length 10:20 -j ACCEPT
arptables -A INPUT --match ttl --ttl-eq 5 -j ACCEPT
arptables -A INPUT --match hl --hl-eq 5 -j ACCEPT
arptables -A INPUT --match addrtype --src-type LOCAL -j ACCEPT
arptables -A INPUT --match owner --uid-owner 0 -j ACCEPT
arptables -A INPUT --match connmark --mark 1 -j ACCEPT
arptables -A INPUT --match tcp --dport 22 --match udp --dport 53 -j ACCEPT
arptables -A INPUT --match tcp --dport 22 --match tcp --dport 23 -j ACCEPT
arptables -A INPUT --match nosuch -j ACCEPT
arptables -L INPUT --line-numbers

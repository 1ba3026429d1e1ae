iptables -A INPUT -j NFQUEUE
iptables -C INPUT -j NFQUEUE --queue-num 0
iptables -A INPUT -j NFQUEUE --queue-balance 2:2
iptables -C INPUT -j NFQUEUE --queue-num 2
iptables -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name a -j ACCEPT
iptables -C INPUT -m hashlimit --hashlimit-upto 5/s --hashlimit-burst 5 --hashlimit-name a -j ACCEPT
iptables -C INPUT -m hashlimit --hashlimit-upto 300/min --hashlimit-name a -j ACCEPT
iptables -C INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name a --hashlimit-htable-gcinterval 1000 -j ACCEPT
iptables -C INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name a --hashlimit-srcmask 32 -j ACCEPT
iptables -C INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name a --hashlimit-mode srcip --hashlimit-srcmask 32 -j ACCEPT
iptables -C INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name a --hashlimit-htable-expire 1000 -j ACCEPT
iptables -A INPUT -m limit --limit 3/hour -j LOG
iptables -C INPUT -m limit -j LOG
iptables -C INPUT -m limit --limit 3/h --limit-burst 5 -j LOG --log-level 4
iptables -C INPUT -m limit --limit 72/day -j LOG
iptables -t mangle -A PREROUTING -j TOS --set-tos Minimize-Delay
iptables -t mangle -C PREROUTING -j TOS --set-tos 0x10/0xff
iptables -t mangle -C PREROUTING -j TOS --set-tos 0x10
iptables -t mangle -A PREROUTING -j TOS --or-tos 0x08
iptables -t mangle -C PREROUTING -j TOS --set-tos 0x08/0x08
iptables -t mangle -A PREROUTING -j TOS --and-tos 0x0f
iptables -t mangle -C PREROUTING -j TOS --set-tos 0/0xf0
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src,dst --hmark-mod 4
iptables -t mangle -C PREROUTING -j HMARK --hmark-tuple dst,src --hmark-mod 4
iptables -t mangle -C PREROUTING -j HMARK --hmark-src-prefix 32 --hmark-dst-prefix 32 --hmark-mod 4
iptables -t mangle -A PREROUTING -j DSCP --set-dscp-class EF
iptables -t mangle -C PREROUTING -j DSCP --set-dscp 46
iptables -t mangle -A PREROUTING -j CLASSIFY --set-class 1:10
iptables -t mangle -C PREROUTING -j CLASSIFY --set-class 0001:0010
iptables -t mangle -A PREROUTING -m dscp --dscp-class AF11 -j ACCEPT
iptables -t mangle -C PREROUTING -m dscp --dscp 10 -j ACCEPT
iptables -t mangle -A PREROUTING -m tos --tos Minimize-Cost -j ACCEPT
iptables -t mangle -C PREROUTING -m tos --tos 0x02/0x3f -j ACCEPT
iptables -t mangle -C PREROUTING -m tos --tos 2 -j ACCEPT
iptables -A INPUT -m connbytes --connbytes 100 --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -C INPUT -m connbytes --connbytes 100:18446744073709551615 --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -C INPUT -m connbytes --connbytes 100: --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -A INPUT -m time --weekdays Sa,Su -j DROP
iptables -C INPUT -m time --weekdays 6,7 -j DROP
iptables -C INPUT -m time --weekdays Su,Sa -j DROP
iptables -C INPUT -m time --weekdays Sa,Su --datestart 1970-01-01 -j DROP
iptables -C INPUT -m time --weekdays Sa,Su --timestart 00:00 --timestop 23:59:59 -j DROP
iptables -C INPUT -m time --weekdays Sa,Su --utc -j DROP
iptables -A INPUT -p tcp -m tcp --tcp-flags SYN,ACK,FIN,RST SYN -j ACCEPT
iptables -C INPUT -p tcp --syn -j ACCEPT
iptables -C INPUT -p tcp --tcp-flags RST,FIN,ACK,SYN SYN -j ACCEPT
iptables -A INPUT -m u32 --u32 "0&0xFFFF=0x100:0xFFFF" -j ACCEPT
iptables -C INPUT -m u32 --u32 "0 & 65535 = 256:65535" -j ACCEPT
iptables -A INPUT -m string --algo bm --string abc -j DROP
iptables -C INPUT -m string --algo bm --hex-string '|616263|' -j DROP
iptables -C INPUT -m string --algo bm --string abc --to 65535 -j DROP
iptables -C INPUT -m string --algo bm --string abc --from 0 -j DROP
iptables -A INPUT -j NFLOG --nflog-group 0
iptables -C INPUT -j NFLOG
iptables -A INPUT -m connlimit --connlimit-above 2 -j REJECT
iptables -C INPUT -m connlimit --connlimit-above 2 --connlimit-mask 32 --connlimit-saddr -j REJECT
iptables -C INPUT -m connlimit --connlimit-above 2 --connlimit-mask 32 -j REJECT --reject-with icmp-port-unreachable
iptables -A INPUT -m recent --name X --rcheck --seconds 60 -j DROP
iptables -C INPUT -m recent --name X --rcheck --seconds 60 --rsource -j DROP
iptables -C INPUT -m recent --rcheck --seconds 60 --name X --mask 255.255.255.255 -j DROP
iptables -A INPUT -m statistic --mode random --probability 0.5 -j ACCEPT
iptables -C INPUT -m statistic --mode random --probability 0.50000000001 -j ACCEPT
iptables -C INPUT -m statistic --mode random --probability 0.5000001 -j ACCEPT
iptables -A INPUT -m quota --quota 1000 -j ACCEPT
iptables -C INPUT -m quota --quota 1000 -j ACCEPT
iptables -D INPUT -m quota --quota 1000 -j ACCEPT
iptables -S
iptables -t mangle -S
iptables -D INPUT -j NFQUEUE --queue-num 0
iptables -D INPUT -m time --weekdays 6,7 -j DROP
iptables -D INPUT -m limit --limit 72/day -j LOG
iptables -t mangle -D PREROUTING -j TOS --set-tos 0x10/0xff
iptables -t mangle -D PREROUTING -j HMARK --hmark-tuple dst,src --hmark-mod 4
iptables -S
iptables -t mangle -S

ip6tables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
ip6tables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1400
ip6tables -t mangle -A POSTROUTING -j CHECKSUM --checksum-fill
ip6tables -t mangle -A PREROUTING -j DSCP --set-dscp 10
ip6tables -t mangle -A PREROUTING -j TOS --set-tos 0x10
ip6tables -t mangle -A PREROUTING -j CONNMARK --save-mark
ip6tables -t mangle -A POSTROUTING -j CLASSIFY --set-class 1:10
ip6tables -t raw -A PREROUTING -j CT --zone 1
ip6tables -t raw -A PREROUTING -j TRACE
ip6tables -A INPUT -j NFLOG --nflog-group 5 --nflog-prefix v6
ip6tables -A INPUT -j NFQUEUE --queue-num 3
ip6tables -A INPUT -j AUDIT --type drop
ip6tables -A INPUT -p tcp -m tcp --syn -j SYNPROXY --sack-perm --timestamp --mss 1460 --wscale 7
ip6tables -A INPUT -m tcpmss --mss 1000:1500 -p tcp -j ACCEPT
ip6tables -A INPUT -m length --length 1280:65535 -j DROP
ip6tables -A INPUT -m ttl --ttl-eq 5 -j DROP
ip6tables -A INPUT -m tos --tos 0x10 -j DROP
ip6tables -A INPUT -m ecn --ecn-ip-ect 1 -j DROP
ip6tables -A INPUT -m connmark --mark 1 -j DROP
ip6tables -A INPUT -m dscp --dscp-class EF -j DROP
ip6tables -A INPUT -m string --string foo --algo bm -j DROP
ip6tables -A INPUT -m time --timestart 09:00 --timestop 17:00 -j DROP
ip6tables -A INPUT -m owner --uid-owner 0 -j DROP
ip6tables -A OUTPUT -m owner --uid-owner 0 -j DROP
ip6tables -A INPUT -m cpu --cpu 0 -j DROP
ip6tables -A INPUT -m devgroup --src-group 1 -j DROP
ip6tables -A INPUT -m quota --quota 1000 -j DROP
ip6tables -A INPUT -m connbytes --connbytes 10:100 --connbytes-dir both --connbytes-mode bytes -j DROP
ip6tables -A INPUT -m helper --helper ftp -j DROP
ip6tables -A INPUT -m physdev --physdev-in eth0 -j DROP
ip6tables -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 -j DROP
ip6tables -A INPUT -m cgroup --cgroup 1 -j DROP
ip6tables -A INPUT -m ipvs --ipvs -j DROP
ip6tables -A INPUT -m nfacct --nfacct-name x -j DROP
ip6tables -A INPUT -m u32 --u32 "0x0&0xFFFF=0x100" -j DROP
ip6tables -A INPUT -m statistic --mode random --probability 0.5 -j DROP
ip6tables -A INPUT -m set --match-set foo src -j DROP
ip6tables -A INPUT -p dccp --dport 1 -j DROP
ip6tables -A INPUT -p sctp --chunk-types any INIT -j DROP
ip6tables -S
ip6tables -t mangle -S
ip6tables -t raw -S
ip6tables -L -n
ip6tables -t mangle -L -n

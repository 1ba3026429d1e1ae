iptables -t mangle -A PREROUTING -i eth1 -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef -j MARK --set-mark 0xffff
iptables -t mangle -A PREROUTING -m connbytes --connbytes 10000:100000 --connbytes-dir both --connbytes-mode bytes -j CLASSIFY --set-class 1:10
iptables -t mangle -A PREROUTING -m cpu --cpu 1 -j TOS --set-tos 0x10/0x3f
iptables -t mangle -A PREROUTING -p dccp --dccp-types REQUEST,ACK -j DSCP --set-dscp-class EF
iptables -t mangle -A PREROUTING -m devgroup --src-group 1 ! --dst-group 0x2/0xf -j TTL --ttl-set 64
iptables -t mangle -A PREROUTING -p tcp -m ecn --ecn-tcp-cwr --ecn-ip-ect 1 -j ECN --ecn-tcp-remove
iptables -t mangle -A PREROUTING -p esp -m esp --espspi 100:200 -j HMARK --hmark-tuple src,dst --hmark-mod 4
iptables -t mangle -A PREROUTING -p ah -m ah ! --ahspi 5 -j CONNSECMARK --save
iptables -t mangle -A PREROUTING -m hashlimit --hashlimit-upto 10/min --hashlimit-mode srcip --hashlimit-name h -j ACCEPT
iptables -t mangle -A PREROUTING -m helper --helper ftp -j ACCEPT
iptables -t mangle -A PREROUTING -p 108 -m ipcomp --ipcompspi 5 -j ACCEPT
iptables -t mangle -A PREROUTING -m ipvs --vproto tcp --vaddr 10.0.0.1 --vport 80 --vdir ORIGINAL --vmethod MASQ -j ACCEPT
iptables -t mangle -A PREROUTING -m length --length 0:100 -j ACCEPT
iptables -t mangle -A PREROUTING -m length ! --length 1500 -j ACCEPT
iptables -t mangle -A PREROUTING -m quota --quota 5000 -j ACCEPT
iptables -t mangle -A PREROUTING -m realm --realm 0x10/0xff -j ACCEPT
iptables -t mangle -A PREROUTING -m rpfilter --loose --validmark --accept-local --invert -j DROP
iptables -t mangle -A PREROUTING -m rpfilter -j ACCEPT
iptables -t mangle -A PREROUTING -p sctp --chunk-types any DATA:Be -j ACCEPT
iptables -t mangle -A PREROUTING -p sctp --dport 80 --chunk-types only INIT,ABORT:T -j ACCEPT
iptables -t mangle -A PREROUTING -m socket --transparent --nowildcard --restore-skmark -j MARK --set-mark 1
iptables -t mangle -A PREROUTING -m socket -j ACCEPT
iptables -t mangle -A PREROUTING -m string --algo bm --string GET -j ACCEPT
iptables -t mangle -A PREROUTING -m time --weekdays Sa,Su --timestart 12:30 --timestop 13:30 -j ACCEPT
iptables -t mangle -A PREROUTING -m u32 --u32 "0&0xFFFF=0x100:0xFFFF" -j ACCEPT
iptables -t mangle -A PREROUTING -m policy --dir in --pol ipsec --proto esp -j ACCEPT
iptables -t mangle -A PREROUTING -m osf --genre Linux -p tcp -j ACCEPT
iptables -t mangle -A PREROUTING -m rateest --rateest eth0 --rateest-lt --rateest-bps 1mbit -j ACCEPT
iptables -t mangle -A PREROUTING -m connlabel --label 3 -j ACCEPT
iptables -t mangle -A PREROUTING -j AUDIT --type drop
iptables -t mangle -A PREROUTING -j IDLETIMER --timeout 60 --label x
iptables -t mangle -A PREROUTING -j LED --led-trigger-id ssh
iptables -t mangle -A PREROUTING -j NFLOG --nflog-group 5 --nflog-prefix pfx
iptables -t mangle -A PREROUTING -j NFQUEUE --queue-balance 0:3 --queue-bypass
iptables -t mangle -A PREROUTING -i eth0 -j TEE --gateway 10.0.0.1
iptables -t mangle -A PREROUTING -p tcp -j TCPOPTSTRIP --strip-options mss
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 3128 --tproxy-mark 0x1/0x1
iptables -t mangle -A PREROUTING -j RATEEST --rateest-name r --rateest-interval 250ms --rateest-ewma 0.5s
iptables -t mangle -A POSTROUTING -p udp -j CHECKSUM --checksum-fill
nft list table ip mangle
nft list chain ip mangle PREROUTING 2>&1 | head -5

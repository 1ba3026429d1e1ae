iptables -v -t mangle -A PREROUTING -i eth1 -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef -j MARK --set-mark 0xffff
iptables -v -A INPUT -m connbytes --connbytes 10000:100000 --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -v -A INPUT -m connlabel --label 5 --set
iptables -v -A INPUT -m cpu ! --cpu 2
iptables -v -A INPUT -p dccp --dccp-types REQUEST,ACK --dccp-option 4 --sport 1:2
iptables -v -A INPUT -m devgroup --src-group 1 ! --dst-group 0x2/0xf
iptables -v -A INPUT -p tcp -m ecn --ecn-tcp-cwr ! --ecn-tcp-ece --ecn-ip-ect 1
iptables -v -A INPUT -p esp -m esp ! --espspi 100:200
iptables -v -A INPUT -m hashlimit --hashlimit-above 512kb/s --hashlimit-burst 1mb --hashlimit-mode dstip --hashlimit-name e
iptables -v -A INPUT -m hashlimit --hashlimit-upto 10/min --hashlimit-mode srcip --hashlimit-srcmask 24 --hashlimit-htable-expire 5000 --hashlimit-name n
iptables -v -A INPUT -m helper --helper ftp-2121
iptables -v -A INPUT -p ipcomp -m ipcomp --ipcompspi 5:10 --compres
iptables -v -A INPUT -m length ! --length 100:200
iptables -v -A INPUT -m quota --quota 5000
iptables -v -A INPUT -m realm --realm 0x10/0xff
iptables -v -t raw -A PREROUTING -m rpfilter --loose --validmark --accept-local --invert -j DROP
iptables -v -A INPUT -p sctp --dport 80 --chunk-types only INIT,ABORT:T
iptables -v -A INPUT -m socket --transparent --nowildcard --restore-skmark
iptables -v -A INPUT -m string --algo bm --from 40 --to 57 --hex-string '|03|www|09|netfilter|03|org|00|'
iptables -v -A INPUT -m time --weekdays Mo --timestart 23:00 --timestop 01:00 --contiguous --kerneltz
iptables -v -A INPUT -m u32 --u32 "6 & 0xFF = 1 && 4 & 0x3FFF = 0 && 0 >> 22 & 0x3C @ 0 >> 24 = 0"
iptables -v -A INPUT -m policy --dir in --pol ipsec --strict --reqid 1 --spi 0x100 --proto esp --mode tunnel --tunnel-src 10.0.0.1 --tunnel-dst 10.0.0.2/24
iptables -v -A INPUT -m rateest --rateest1 eth0 --rateest2 ppp0 --rateest-gt --rateest-bps
iptables -v -A INPUT -j AUDIT --type drop
iptables -v -A INPUT -j IDLETIMER --timeout 60 --label x
iptables -v -A INPUT -j NFLOG --nflog-group 5 --nflog-prefix "rpfilter drop" --nflog-size 128 --nflog-threshold 10
iptables -v -A INPUT -j NFQUEUE --queue-balance 0:3 --queue-bypass --queue-cpu-fanout
iptables -v -A INPUT -p tcp -j SYNPROXY --sack-perm --timestamp --mss 1460 --wscale 9
iptables -v -A INPUT -j RATEEST --rateest-name r --rateest-interval 250ms --rateest-ewma 0.5s
iptables -v -t mangle -A POSTROUTING -p udp -j CHECKSUM --checksum-fill
iptables -v -t mangle -A POSTROUTING -j CLASSIFY --set-class 10:ffff
iptables -v -t mangle -A POSTROUTING -j DSCP --set-dscp-class af41
iptables -v -t mangle -A POSTROUTING -p tcp -j ECN --ecn-tcp-remove
iptables -v -t mangle -A PREROUTING -j HMARK --hmark-tuple ct,src,dst,proto --hmark-offset 10000 --hmark-mod 10 --hmark-rnd 0xfeedcafe
iptables -v -t mangle -A PREROUTING -i eth0 -j TEE --gateway 10.0.0.1 --oif eth1
iptables -v -t mangle -A PREROUTING -j TOS --and-tos 0x0f
iptables -v -t mangle -A PREROUTING -j TTL --ttl-dec 1
iptables -v -t mangle -A PREROUTING -p tcp -j TCPOPTSTRIP --strip-options mss,wscale
iptables -v -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 3128 --on-ip 127.0.0.1 --tproxy-mark 0x1/0x1
iptables -v -t nat -A PREROUTING -d 1.2.3.0/24 -j NETMAP --to 5.6.7.0/24
iptables -v -t security -A INPUT -j CONNSECMARK --save
iptables -v -D INPUT -m quota --quota 5000
iptables -v -C INPUT -m length ! --length 100:200
iptables -v -I INPUT 2 -m length --length 5
iptables -v -R INPUT 2 -m length --length 6
ip6tables -v -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-mode srcip,dstip --hashlimit-srcmask 48 --hashlimit-name v6h
ip6tables -v -A INPUT -m policy --dir in --pol ipsec --mode tunnel --tunnel-src 2001:db8::1 --proto esp
ip6tables -v -t mangle -A PREROUTING -i eth0 -j TEE --gateway 2001:db8::1
ip6tables -v -t nat -A PREROUTING -d 2001:db8:1::/64 -j NETMAP --to 2001:db8:2::/64
iptables-legacy -v -A INPUT -m hashlimit --hashlimit-above 512kb/s --hashlimit-burst 1mb --hashlimit-mode dstip --hashlimit-name e
iptables-legacy -v -A INPUT -m time --weekdays Mo --timestart 23:00 --timestop 01:00 --contiguous
iptables-legacy -v -A INPUT -j NFQUEUE --queue-balance 0:3 --queue-bypass

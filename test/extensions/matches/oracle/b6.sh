iptables -t raw -A PREROUTING -m rpfilter -j ACCEPT
iptables -t raw -A PREROUTING -m rpfilter --invert --loose --validmark --accept-local -j DROP
iptables -t mangle -A PREROUTING -m rpfilter ! --loose -j ACCEPT
iptables -A INPUT -m rpfilter -j ACCEPT
iptables -A INPUT -m quota --quota 1000 -j ACCEPT
iptables -A INPUT -m quota ! --quota 5000 -j ACCEPT
iptables -A INPUT -m quota -j ACCEPT
iptables -A INPUT -m time --timestart 09:00 --timestop 17:00 --weekdays Mon,Tue,Wed,Thu,Fri -j ACCEPT
iptables -A INPUT -m time --datestart 2026-01-01 --datestop 2026-12-31T23:59:59 --kerneltz -j ACCEPT
iptables -A INPUT -m time --monthdays 1,15 ! --weekdays Sat -j ACCEPT
iptables -A INPUT -m time --timestart 22:00 --timestop 06:00 --contiguous -j ACCEPT
iptables -A INPUT -m time -j ACCEPT
iptables -A INPUT -m time --timestart 25:00 -j ACCEPT
iptables -A INPUT -m time --weekdays Foo -j ACCEPT
iptables -A INPUT -m string --string "GET /" --algo bm -j DROP
iptables -A INPUT -m string ! --string abc --algo kmp --from 10 --to 100 --icase -j DROP
iptables -A INPUT -m string --hex-string "|41 42|C" --algo bm -j DROP
iptables -A INPUT -m string --string abc -j DROP
iptables -A INPUT -m connbytes --connbytes 1000: --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -A INPUT -m connbytes ! --connbytes 10:20 --connbytes-dir original --connbytes-mode packets -j ACCEPT
iptables -A INPUT -m connbytes --connbytes 10 --connbytes-dir reply --connbytes-mode avgpkt -j ACCEPT
iptables -A INPUT -m connbytes --connbytes 10 -j ACCEPT
iptables -t mangle -A PREROUTING -m socket -j ACCEPT
iptables -t mangle -A PREROUTING -m socket --transparent --nowildcard --restore-skmark -j ACCEPT
iptables -A INPUT -m socket -j ACCEPT
iptables -A INPUT -p esp -m esp --espspi 100 -j ACCEPT
iptables -A INPUT -p esp -m esp ! --espspi 100:200 -j ACCEPT
iptables -A INPUT -p ah -m ah --ahspi 5 -j ACCEPT
iptables -A INPUT -p tcp -m ecn --ecn-tcp-cwr --ecn-tcp-ece ! --ecn-ip-ect 1 -j ACCEPT
iptables -A INPUT -p sctp -m sctp --dport 80 --sport 1000:2000 -j ACCEPT
iptables -A INPUT -p sctp --dport 80 -j ACCEPT
iptables -A INPUT -p sctp -m sctp --chunk-types any INIT,SACK -j ACCEPT
iptables -A INPUT -p sctp -m sctp ! --chunk-types only DATA:Be -j ACCEPT
iptables -A INPUT -p dccp -m dccp --dport 5000 --dccp-types REQUEST,RESPONSE -j ACCEPT
iptables -A INPUT -m devgroup --src-group 1 ! --dst-group 0x2/0xf -j ACCEPT
iptables -A INPUT -m cpu --cpu 0 -j ACCEPT
iptables -A INPUT -m cpu ! --cpu 1 -j ACCEPT
iptables -A INPUT -m realm --realm 5 -j ACCEPT
iptables -A INPUT -m realm ! --realm 0x10/0xff -j ACCEPT
iptables -A INPUT -m policy --dir in --pol none -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --strict --proto esp --mode tunnel --tunnel-src 1.2.3.4 --tunnel-dst 5.6.7.8 -j ACCEPT
iptables -A INPUT -m u32 --u32 "0>>22&0x3C@12>>26&0x3F=0x10" -j ACCEPT
iptables -A INPUT -m cgroup --classid 1 -j ACCEPT
iptables -A INPUT -m connlabel --label 1 -j ACCEPT
iptables -A INPUT -m ipvs --ipvs -j ACCEPT
iptables -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef -j ACCEPT
iptables -A INPUT -m hl --hl-eq 5 -j ACCEPT
iptables -A INPUT -m tcp -p tcp --tcp-option 2 -m tcpmss --mss 5 -j ACCEPT
iptables -S
iptables -L
iptables -L -n
iptables -t raw -S
iptables -t raw -L -n
iptables -t mangle -S
iptables -t mangle -L

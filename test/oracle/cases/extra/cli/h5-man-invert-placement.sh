iptables -A INPUT -m conntrack --ctstate ! NEW -j ACCEPT
iptables -A INPUT -p tcp --dport ! 22 -j ACCEPT
iptables -A INPUT -m mark --mark ! 1 -j ACCEPT
iptables -A INPUT -m cpu --cpu ! 1 -j ACCEPT
iptables -A INPUT -m length --length ! 100 -j ACCEPT
iptables -A INPUT -m quota --quota ! 100 -j ACCEPT
iptables -A INPUT -m string --algo bm --string ! abc -j ACCEPT
iptables -A INPUT -m helper --helper ! ftp -j ACCEPT
iptables -A INPUT -m realm --realm ! 1 -j ACCEPT
iptables -A INPUT -m connlabel --label ! 1 -j ACCEPT
iptables -A INPUT -m ecn --ecn-ip-ect ! 1 -j ACCEPT
iptables -A INPUT -p esp -m esp --espspi ! 1 -j ACCEPT
iptables -A INPUT -m time ! --timestart 10:00 -j ACCEPT
iptables -A INPUT -m time ! --datestart 2020 -j ACCEPT
iptables -A INPUT -m time ! --contiguous -j ACCEPT
iptables -A INPUT -m hashlimit ! --hashlimit-upto 1/s --hashlimit-name x -j ACCEPT
iptables -A INPUT -m hashlimit ! --hashlimit-above 1/s --hashlimit-name y -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 1/s ! --hashlimit-name z -j ACCEPT
iptables -A INPUT -m connbytes --connbytes 1 ! --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 ! --cluster-hash-seed 1 -j ACCEPT
iptables -A INPUT -m cluster ! --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 1 -j ACCEPT
iptables -A INPUT -m rpfilter ! --invert -j ACCEPT
iptables -A INPUT -m socket ! --transparent -j ACCEPT
iptables -A INPUT -m policy --dir in ! --pol ipsec -j ACCEPT
iptables -A INPUT -m policy ! --dir in --pol ipsec -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec ! --strict -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --strict ! --next -j ACCEPT
iptables -A INPUT -m ipvs ! --vdir ORIGINAL -j ACCEPT
iptables -A INPUT -m u32 ! --u32 0=1 -j ACCEPT
iptables -A INPUT -m devgroup ! --src-group 1 ! --dst-group 2 -j ACCEPT
iptables -A INPUT -m dscp ! --dscp 1 -j ACCEPT
iptables -A INPUT -m dscp ! --dscp-class EF -j ACCEPT
iptables -A INPUT -p dccp ! --dccp-types SYNC ! --dccp-option 1 -j ACCEPT
iptables -A INPUT -p sctp ! --chunk-types any INIT -j ACCEPT
iptables -A INPUT -p sctp --chunk-types ! any INIT -j ACCEPT
iptables -A INPUT -m statistic --mode nth ! --every 3 ! --packet 1 -j ACCEPT
iptables -A INPUT -m statistic ! --mode nth --every 3 -j ACCEPT
iptables -A INPUT -m rateest --rateest x ! --rateest-lt --rateest-bps 1 -j ACCEPT
iptables -A INPUT -m rateest ! --rateest x --rateest-lt --rateest-bps 1 -j ACCEPT
iptables -A INPUT ! -m length --length 1 -j ACCEPT
iptables -A INPUT -m ! length --length 1 -j ACCEPT
iptables -A INPUT -j ! ACCEPT
iptables -A INPUT -m length ! ! --length 1 -j ACCEPT
iptables -A INPUT -m length !--length 1 -j ACCEPT
iptables -A INPUT -m length --length 1 ! -j ACCEPT
iptables -A INPUT -m length --length 1 -j ACCEPT !
iptables -S INPUT

iptables -A INPUT -m connlabel --label 128 -j ACCEPT
iptables -A INPUT -m rpfilter -j ACCEPT
iptables -A INPUT -p tcp -j TPROXY --on-port 1
iptables -A INPUT -j CHECKSUM --checksum-fill
iptables -A INPUT -j NETMAP --to 10.0.0.0/8
iptables -t mangle -A PREROUTING -j ECN --ecn-tcp-remove
iptables -A INPUT -j SYNPROXY --mss 1460
iptables -t mangle -A PREROUTING -j TCPOPTSTRIP --strip-options mss
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 2 --cluster-local-node 3 --cluster-hash-seed 1 -j ACCEPT
iptables -A INPUT -m recent --name X --rcheck --hitcount 21 -j DROP
iptables -A INPUT -j IDLETIMER --timeout 10 --label t
iptables -A INPUT -j IDLETIMER --timeout 20 --label t
iptables -A INPUT -j IDLETIMER --timeout 0 --label z
iptables -A INPUT -j LED --led-trigger-id dup
iptables -A INPUT -j LED --led-trigger-id dup
iptables -A OUTPUT -m socket -j ACCEPT
iptables -A OUTPUT -m policy --dir in --pol ipsec -j ACCEPT
iptables -A INPUT -m policy --dir out --pol ipsec -j ACCEPT
iptables -t nat -A PREROUTING -m realm --realm 1 -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name same -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 2/s --hashlimit-name same -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-htable-gcinterval 0 --hashlimit-name gc -j ACCEPT
iptables -A INPUT -j TEE --gateway 10.0.0.1
iptables -A INPUT -m osf --genre Linux -j ACCEPT
iptables -A INPUT -m ipvs --ipvs -j ACCEPT
iptables -A INPUT -m nfacct --nfacct-name missing -j ACCEPT
iptables -A OUTPUT -j CONNSECMARK --save
iptables -t security -A INPUT -j SECMARK --selctx bogus_context
iptables -A INPUT -j RATEEST --rateest-name r --rateest-interval 1s --rateest-ewma 8s
iptables -A INPUT -m rateest --rateest nonexist --rateest-lt --rateest-bps 1 -j ACCEPT
iptables -A INPUT -m string --algo bm --string abc --from 10 --to 5 -j ACCEPT
iptables -A INPUT -j AUDIT --type accept
iptables -S
iptables-legacy -A INPUT -m connlabel --label 128 -j ACCEPT
iptables-legacy -A INPUT -m rpfilter -j ACCEPT
iptables-legacy -A INPUT -p tcp -j TPROXY --on-port 1
iptables-legacy -A INPUT -j CHECKSUM --checksum-fill
iptables-legacy -A INPUT -j NETMAP --to 10.0.0.0/8
iptables-legacy -t mangle -A PREROUTING -j ECN --ecn-tcp-remove
iptables-legacy -A INPUT -j SYNPROXY --mss 1460
iptables-legacy -t mangle -A PREROUTING -j TCPOPTSTRIP --strip-options mss
iptables-legacy -t mangle -A PREROUTING -m cluster --cluster-total-nodes 2 --cluster-local-node 3 --cluster-hash-seed 1 -j ACCEPT
iptables-legacy -A INPUT -m recent --name X --rcheck --hitcount 21 -j DROP
iptables-legacy -A INPUT -j IDLETIMER --timeout 10 --label t
iptables-legacy -A INPUT -j IDLETIMER --timeout 20 --label t
iptables-legacy -A INPUT -j LED --led-trigger-id dup
iptables-legacy -A INPUT -j LED --led-trigger-id dup
iptables-legacy -A OUTPUT -m socket -j ACCEPT
iptables-legacy -A OUTPUT -m policy --dir in --pol ipsec -j ACCEPT
iptables-legacy -t nat -A PREROUTING -m realm --realm 1 -j ACCEPT
iptables-legacy -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name same -j ACCEPT
iptables-legacy -A INPUT -m hashlimit --hashlimit-upto 2/s --hashlimit-name same -j ACCEPT
iptables-legacy -A INPUT -m osf --genre Linux -j ACCEPT
iptables-legacy -A INPUT -m ipvs --ipvs -j ACCEPT
iptables-legacy -A INPUT -m nfacct --nfacct-name missing -j ACCEPT
iptables-legacy -A OUTPUT -j CONNSECMARK --save
iptables-legacy -A INPUT -m rateest --rateest nonexist --rateest-lt --rateest-bps 1 -j ACCEPT
iptables-legacy -A INPUT -m string --algo bm --string abc --from 10 --to 5 -j ACCEPT
iptables-legacy -S
iptables-legacy -t mangle -S

iptables -A INPUT -j NFLOG --nflog-group abc
iptables -A INPUT -j NFLOG --nflog-group -1
iptables -A INPUT -j NFLOG --nflog-size abc
iptables -A INPUT -j NFLOG --nflog-threshold 65536
iptables -A INPUT -j NFLOG --nflog-prefix
iptables -A INPUT -j NFQUEUE --queue-num x
iptables -A INPUT -j NFQUEUE --queue-balance x:y
iptables -A INPUT -j NFQUEUE --queue-balance 3
iptables -A INPUT -j NFQUEUE --queue-balance 1:65536
iptables -t mangle -A INPUT -j TTL --ttl-set 256
iptables -t mangle -A INPUT -j TTL --ttl-set x
iptables -t mangle -A INPUT -j TTL --ttl-inc 0
iptables -t mangle -A INPUT -j TOS --set-tos bogus
iptables -t mangle -A INPUT -j TOS --set-tos 0x10/0x100
iptables -t mangle -A INPUT -j TOS --and-tos x
iptables -t mangle -A INPUT -j TOS --set-tos 1 --and-tos 2
iptables -t mangle -A INPUT -j DSCP --set-dscp 0x40
iptables -t mangle -A INPUT -j DSCP --set-dscp x
iptables -t mangle -A INPUT -j DSCP --set-dscp-class AF44
iptables -t mangle -A INPUT -j CLASSIFY --set-class x
iptables -t mangle -A INPUT -j CLASSIFY --set-class 1:2:3
iptables -t mangle -A INPUT -j CLASSIFY --set-class 10000:1
iptables -t mangle -A INPUT -j CLASSIFY
iptables -A INPUT -j IDLETIMER --timeout -1 --label x
iptables -A INPUT -j IDLETIMER --timeout x --label x
iptables -A INPUT -j IDLETIMER --timeout 10 --label ""
iptables -A INPUT -j LED --led-trigger-id x --led-delay abc
iptables -A INPUT -j LED --led-trigger-id x --led-delay -5
iptables -t mangle -A PREROUTING -j TEE --gateway bogus.invalid
iptables -t mangle -A PREROUTING -j TEE --gateway 1.2.3.4.5
iptables -t mangle -A PREROUTING -j TEE --gateway 10.0.0.1 --oif aaaaaaaaaaaaaaaaaaaa
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port x
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --on-ip x
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --tproxy-mark x
iptables -A INPUT -p tcp -j SYNPROXY --mss x
iptables -A INPUT -p tcp -j SYNPROXY --wscale -1
iptables -t mangle -A PREROUTING -p tcp -j TCPOPTSTRIP --strip-options bogus
iptables -t mangle -A PREROUTING -p tcp -j TCPOPTSTRIP --strip-options mss,
iptables -t mangle -A PREROUTING -p tcp -j TCPOPTSTRIP --strip-options ,mss
iptables -t security -A INPUT -j SECMARK --selctx ""
iptables -t security -A INPUT -j SECMARK
iptables -t security -A INPUT -j CONNSECMARK --bogus
iptables -t mangle -A POSTROUTING -j CHECKSUM --checksum-fill x
iptables -t nat -A PREROUTING -j NETMAP --to x
iptables -t nat -A PREROUTING -j NETMAP --to 10.0.0.0/x
iptables -t mangle -A POSTROUTING -j RATEEST --rateest-name r --rateest-interval x --rateest-ewma 1s
iptables -t mangle -A POSTROUTING -j RATEEST --rateest-name r --rateest-interval 1s --rateest-ewma x
iptables -t mangle -A POSTROUTING -j RATEEST --rateest-name r --rateest-interval 3s --rateest-ewma 1s
iptables -A INPUT -j SET --add-set foo
iptables -A INPUT -j SET --add-set foo src,dst,src,dst,src,dst,src
iptables -A INPUT -j SET --add-set foo bogus
iptables -A INPUT -j SET --del-set foo src --timeout 10
iptables -A INPUT -j SET --map-set foo src --map-mark
iptables -A INPUT -j SET
iptables -t raw -A PREROUTING -j CT --zone x
iptables -t raw -A PREROUTING -j CT --ctevents bogus
iptables -t raw -A PREROUTING -j CT --expevents related
iptables -t raw -A PREROUTING -j CT --helper
iptables -t raw -A PREROUTING -j CT --notrack --helper ftp
iptables -S

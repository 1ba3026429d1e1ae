iptables-legacy -t mangle -A POSTROUTING -j LOG --log-prefix x
iptables-legacy -t mangle -A POSTROUTING -j REJECT
iptables-legacy -t mangle -A POSTROUTING -j MARK --set-mark 1
iptables-legacy -t mangle -A POSTROUTING -j CONNMARK --save-mark
iptables-legacy -t mangle -A POSTROUTING -j NFLOG --nflog-group 1
iptables-legacy -t mangle -A POSTROUTING -j NFQUEUE --queue-num 3
iptables-legacy -t mangle -A POSTROUTING -j AUDIT --type accept
iptables-legacy -t mangle -A POSTROUTING -j IDLETIMER --timeout 3 --label x
iptables-legacy -t mangle -A POSTROUTING -j TCPMSS --clamp-mss-to-pmtu -p tcp --tcp-flags SYN,RST SYN
iptables-legacy -t mangle -A POSTROUTING -j CLASSIFY --set-class 1:1
iptables-legacy -t mangle -A POSTROUTING -j TEE --gateway 1.2.3.4
iptables-legacy -t mangle -A POSTROUTING -j SECMARK --selctx x
iptables-legacy -t mangle -A POSTROUTING -j CONNSECMARK --save
iptables-legacy -t mangle -A POSTROUTING -j LED --led-trigger-id x
iptables-legacy -t mangle -A POSTROUTING -j SYNPROXY -p tcp
iptables-legacy -t mangle -A POSTROUTING -j CHECKSUM --checksum-fill
iptables-legacy -t mangle -A POSTROUTING -j TOS --set-tos 1
iptables-legacy -t mangle -A POSTROUTING -j DSCP --set-dscp 1
iptables-legacy -t mangle -A POSTROUTING -j TTL --ttl-set 3
iptables-legacy -t mangle -A POSTROUTING -j ECN --ecn-tcp-remove
iptables-legacy -t mangle -A POSTROUTING -j QUEUE
iptables-legacy -t nat -A PREROUTING -j DNAT --to-destination 1.2.3.4
iptables-legacy -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4
iptables-legacy -t nat -A POSTROUTING -j MASQUERADE
iptables-legacy -t nat -A PREROUTING -j REDIRECT -p tcp --to-ports 1
iptables-legacy -t nat -A PREROUTING -j NETMAP --to 1.2.3.0/24
iptables-legacy -t raw -A PREROUTING -j CT --notrack
iptables-legacy -t raw -A PREROUTING -j NOTRACK
iptables-legacy -t raw -A PREROUTING -j TRACE
iptables-legacy -t raw -A PREROUTING -j CT --zone 1
iptables-legacy -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1
iptables-legacy -t mangle -vv -L POSTROUTING -n
iptables-legacy -t nat -vv -L -n
iptables-legacy -t raw -vv -L -n
iptables-legacy -t mangle -vv -L PREROUTING

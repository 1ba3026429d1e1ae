iptables -vv -N LOGDROP
iptables -vv -A LOGDROP -j LOG --log-prefix "drop " --log-level 4
iptables -vv -A LOGDROP -j DROP
iptables -vv -A INPUT -p tcp -j LOGDROP
iptables -vv -A INPUT -p udp -g LOGDROP
iptables -vv -A INPUT -j RETURN
iptables -vv -A INPUT -j REJECT --reject-with icmp-host-prohibited
iptables -vv -A INPUT -j NFLOG --nflog-prefix "p x" --nflog-group 3
iptables -vv -A INPUT -j NFLOG --nflog-size 100 --nflog-threshold 2
iptables -vv -A INPUT -j NFQUEUE --queue-num 3
iptables -vv -A INPUT -j CONNMARK --save-mark
iptables -vv -A INPUT -j MARK --set-mark 1
iptables -vv -A INPUT -j AUDIT --type accept
iptables -vv -A INPUT -j IDLETIMER --timeout 3 --label x
iptables -vv -A INPUT -j TOS --set-tos 0x10
iptables -vv -t raw -A PREROUTING -j TRACE
iptables -vv -t raw -A PREROUTING -j CT --notrack
iptables -vv -t raw -A PREROUTING -j NOTRACK
iptables -vv -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4
iptables -vv -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 80
iptables -vv -t nat -A PREROUTING -j NETMAP --to 1.2.3.0/24
iptables -vv -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --tproxy-mark 1
iptables -vv -t mangle -A POSTROUTING -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables -vv -t mangle -A POSTROUTING -j CHECKSUM --checksum-fill
iptables -vv -t mangle -A POSTROUTING -j TEE --gateway 1.2.3.4
iptables -vv -t mangle -A POSTROUTING -j DSCP --set-dscp 1

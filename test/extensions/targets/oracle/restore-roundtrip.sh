# Every target's save form read back by iptables-restore must save the same way again.
iptables-restore <<'EOF2'
*mangle
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -j MARK --set-xmark 0x10/0xff
-A PREROUTING -j CONNMARK --restore-mark --nfmask 0xff00 --ctmask 0xff00 --right-shift-mark 8
-A PREROUTING -j CONNMARK --save-mark --nfmask 0xf --ctmask 0xffffffff
-A PREROUTING -j TOS --set-tos 0x10/0x3f
-A PREROUTING -j DSCP --set-dscp 0x2e
-A PREROUTING -j TTL --ttl-dec 1
-A PREROUTING -p tcp -j ECN --ecn-tcp-remove
-A PREROUTING -p tcp -j TPROXY --on-port 3128 --on-ip 0.0.0.0 --tproxy-mark 0x1/0x1
-A FORWARD -p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
-A POSTROUTING -j CLASSIFY --set-class 0001:0010
-A POSTROUTING -p udp -j CHECKSUM --checksum-fill
-A POSTROUTING -j TEE --gateway 10.0.0.9 --oif eth0
COMMIT
*raw
:PREROUTING ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A PREROUTING -p tcp -j CT --helper ftp
-A PREROUTING -j CT --notrack --zone 3
-A PREROUTING -j CT --ctevents new,related
-A PREROUTING -j TRACE
-A OUTPUT -j NOTRACK
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -j LOG --log-prefix "say \"hi\" it\'s \\ ok" --log-level 7 --log-tcp-options --log-uid
-A INPUT -p tcp -j REJECT --reject-with tcp-reset
-A INPUT -j NFLOG --nflog-prefix "hi there" --nflog-group 5 --nflog-size 128 --nflog-threshold 3
-A INPUT -j NFQUEUE --queue-balance 2:5 --queue-bypass --queue-cpu-fanout
-A INPUT -j AUDIT --type drop
-A INPUT -p tcp -j SYNPROXY --sack-perm --timestamp --wscale 7 --mss 1460
-A FORWARD -j REJECT --reject-with icmp-admin-prohibited
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:80-90/100
-A PREROUTING -p tcp -j REDIRECT --to-ports 8080 --random
-A PREROUTING -d 10.9.0.0/24 -j NETMAP --to 10.0.0.0/24
-A INPUT -j SNAT --to-source 1.2.3.4
-A POSTROUTING -p udp -j SNAT --to-source 1.2.3.4:1000-2000 --random --random-fully --persistent
-A POSTROUTING -p tcp -j MASQUERADE --to-ports 1024-65535 --random-fully
COMMIT
EOF2
iptables-save
iptables-save > /tmp/saved
iptables-restore < /tmp/saved
iptables-save

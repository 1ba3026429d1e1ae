iptables-restore <<'EOF2'
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:KUBE-MARK-MASQ - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-POSTROUTING - [0:0]
:KUBE-SEP-AAAAAAAAAAAAAAAA - [0:0]
:KUBE-SEP-BBBBBBBBBBBBBBBB - [0:0]
:KUBE-SERVICES - [0:0]
:KUBE-SVC-NGINXNGINXNGINX1 - [0:0]
-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING
-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000
-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
-A KUBE-POSTROUTING -j MARK --set-xmark 0x4000/0x0
-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully
-A KUBE-SERVICES -d 10.96.0.100/32 -p tcp -m comment --comment "default/nginx cluster IP" -m tcp --dport 80 -j KUBE-SVC-NGINXNGINXNGINX1
-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS
-A KUBE-NODEPORTS -p tcp -m comment --comment "default/nginx" -m tcp --dport 30080 -j KUBE-SVC-NGINXNGINXNGINX1
-A KUBE-SVC-NGINXNGINXNGINX1 ! -s 10.244.0.0/16 -d 10.96.0.100/32 -p tcp -m comment --comment "default/nginx cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ
-A KUBE-SVC-NGINXNGINXNGINX1 -m comment --comment "default/nginx -> 10.244.1.2:80" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-AAAAAAAAAAAAAAAA
-A KUBE-SVC-NGINXNGINXNGINX1 -m comment --comment "default/nginx -> 10.244.2.2:80" -j KUBE-SEP-BBBBBBBBBBBBBBBB
-A KUBE-SEP-AAAAAAAAAAAAAAAA -s 10.244.1.2/32 -m comment --comment "default/nginx" -j KUBE-MARK-MASQ
-A KUBE-SEP-AAAAAAAAAAAAAAAA -p tcp -m comment --comment "default/nginx" -m tcp -j DNAT --to-destination 10.244.1.2:80
-A KUBE-SEP-BBBBBBBBBBBBBBBB -s 10.244.2.2/32 -m comment --comment "default/nginx" -j KUBE-MARK-MASQ
-A KUBE-SEP-BBBBBBBBBBBBBBBB -p tcp -m comment --comment "default/nginx" -m tcp -j DNAT --to-destination 10.244.2.2:80
COMMIT
EOF2
iptables -t nat -L
iptables -t nat -L KUBE-SVC-NGINXNGINXNGINX1 -v
iptables -t nat -L KUBE-SEP-AAAAAAAAAAAAAAAA --line-numbers
iptables -t nat -L KUBE-POSTROUTING -v -x
iptables-save -t nat | iptables-restore --noflush; echo rc=$?
iptables-save -t nat | grep -c -- '^-A'
iptables-save -t nat | iptables-restore; echo rc=$?
iptables-save -t nat | grep -c -- '^-A'
iptables-save -c | iptables-restore -c; echo rc=$?
iptables -t nat -S KUBE-NODEPORTS
iptables -t nat -C KUBE-NODEPORTS -p tcp -m comment --comment "default/nginx" -m tcp --dport 30080 -j KUBE-SVC-NGINXNGINXNGINX1; echo rc=$?
iptables -t nat -D KUBE-NODEPORTS -p tcp -m comment --comment "default/nginx" -m tcp --dport 30080 -j KUBE-SVC-NGINXNGINXNGINX1; echo rc=$?
iptables -t nat -L KUBE-NODEPORTS
iptables -t nat -L KUBE-SVC-NGINXNGINXNGINX1 | head -n 2
iptables -t nat -X KUBE-SVC-NGINXNGINXNGINX1; echo rc=$?

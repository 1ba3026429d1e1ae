# kube-proxy partial syncs with iptables-restore --noflush: re-declared chains are flushed, stale chains deleted
cat > /tmp/k1 <<'X'
*nat
:KUBE-SERVICES - [0:0]
:KUBE-SVC-A - [0:0]
:KUBE-SEP-A1 - [0:0]
:KUBE-SEP-A2 - [0:0]
-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A KUBE-SERVICES -d 10.96.0.10/32 -p tcp -m comment --comment "ns/a cluster IP" -m tcp --dport 80 -j KUBE-SVC-A
-A KUBE-SVC-A -m statistic --mode random --probability 0.5 -j KUBE-SEP-A1
-A KUBE-SVC-A -j KUBE-SEP-A2
-A KUBE-SEP-A1 -p tcp -m tcp -j DNAT --to-destination 10.244.0.2:8080
-A KUBE-SEP-A2 -p tcp -m tcp -j DNAT --to-destination 10.244.0.3:8080
COMMIT
X
iptables-restore --noflush < /tmp/k1; echo rc=$?
printf '*nat\n:KUBE-SVC-A - [0:0]\n:KUBE-SEP-A3 - [0:0]\n-A KUBE-SVC-A -j KUBE-SEP-A3\n-A KUBE-SEP-A3 -p tcp -m tcp -j DNAT --to-destination 10.244.0.4:8080\n-X KUBE-SEP-A1\n-X KUBE-SEP-A2\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -t nat -S
printf '*nat\n-X KUBE-SEP-A3\n:KUBE-SVC-A - [0:0]\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -t nat -S | grep -c SEP-A3
printf '*nat\n:KUBE-SVC-A - [0:0]\n-X KUBE-SEP-A3\n-A KUBE-SVC-A -j KUBE-SEP-A3\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
printf '*nat\n:KUBE-SVC-A - [0:0]\n-X KUBE-SEP-A3\n:KUBE-SEP-A3 - [0:0]\n-A KUBE-SVC-A -j KUBE-SEP-A3\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -t nat -S KUBE-SVC-A; iptables -t nat -S KUBE-SEP-A3
printf '*nat\n:KUBE-SERVICES - [0:0]\n-X KUBE-SVC-A\n-X KUBE-SEP-A3\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -t nat -S
printf '*nat\n-X KUBE-NOPE\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
printf '*nat\n:KUBE-X - [0:0]\n-X KUBE-X\n-A PREROUTING -j KUBE-X\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
printf '*nat\n:KUBE-X - [0:0]\n-A PREROUTING -j KUBE-X\n-F PREROUTING\n-X KUBE-X\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -t nat -S

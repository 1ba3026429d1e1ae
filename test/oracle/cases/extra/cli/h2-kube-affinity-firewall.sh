# kube-proxy iptables mode: session affinity (recent), KUBE-FIREWALL, external-services reject, nodeports
cat > /tmp/kube.rules <<'KEOF'
*filter
:KUBE-FIREWALL - [0:0]
:KUBE-FORWARD - [0:0]
:KUBE-EXTERNAL-SERVICES - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-PROXY-FIREWALL - [0:0]
-A INPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL
-A INPUT -m comment --comment "kubernetes health check service ports" -j KUBE-NODEPORTS
-A INPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes externally-visible service portals" -j KUBE-EXTERNAL-SERVICES
-A INPUT -j KUBE-FIREWALL
-A FORWARD -m comment --comment "kubernetes forwarding rules" -j KUBE-FORWARD
-A OUTPUT -j KUBE-FIREWALL
-A KUBE-FIREWALL ! -s 127.0.0.0/8 -d 127.0.0.0/8 -m comment --comment "block incoming localnet connections" -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP
-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x4000/0x4000 -j ACCEPT
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "default/web:http has no endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30080 -j REJECT --reject-with icmp-port-unreachable
-A KUBE-NODEPORTS -p tcp -m comment --comment "kube-system/ingress:healthz health check node port" -m tcp --dport 31234 -j ACCEPT
COMMIT
*nat
:KUBE-SERVICES - [0:0]
:KUBE-MARK-MASQ - [0:0]
:KUBE-SVC-WEB - [0:0]
:KUBE-SEP-WEB1 - [0:0]
:KUBE-SEP-WEB2 - [0:0]
-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000
-A KUBE-SERVICES -d 10.96.12.34/32 -p tcp -m comment --comment "default/sticky:http cluster IP" -m tcp --dport 80 -j KUBE-SVC-WEB
-A KUBE-SVC-WEB -m comment --comment "default/sticky:http -> 10.244.1.5:8080" -m recent --rcheck --seconds 10800 --reap --name KUBE-SEP-WEB1 --mask 255.255.255.255 --rsource -j KUBE-SEP-WEB1
-A KUBE-SVC-WEB -m comment --comment "default/sticky:http -> 10.244.2.6:8080" -m recent --rcheck --seconds 10800 --reap --name KUBE-SEP-WEB2 --mask 255.255.255.255 --rsource -j KUBE-SEP-WEB2
-A KUBE-SVC-WEB -m comment --comment "default/sticky:http -> 10.244.1.5:8080" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-WEB1
-A KUBE-SVC-WEB -m comment --comment "default/sticky:http -> 10.244.2.6:8080" -j KUBE-SEP-WEB2
-A KUBE-SEP-WEB1 -s 10.244.1.5/32 -m comment --comment "default/sticky:http" -j KUBE-MARK-MASQ
-A KUBE-SEP-WEB1 -p tcp -m comment --comment "default/sticky:http" -m recent --set --name KUBE-SEP-WEB1 --mask 255.255.255.255 --rsource -m tcp -j DNAT --to-destination 10.244.1.5:8080
-A KUBE-SEP-WEB2 -s 10.244.2.6/32 -m comment --comment "default/sticky:http" -j KUBE-MARK-MASQ
-A KUBE-SEP-WEB2 -p tcp -m comment --comment "default/sticky:http" -m recent --set --name KUBE-SEP-WEB2 --mask 255.255.255.255 --rsource -m tcp -j DNAT --to-destination 10.244.2.6:8080
COMMIT
KEOF
iptables-restore -w 5 -W 100000 --noflush --counters < /tmp/kube.rules; echo rc=$?
iptables -L -n -v
iptables -L KUBE-FIREWALL
iptables -t nat -L KUBE-SVC-WEB -n --line-numbers
iptables -t nat -L KUBE-SEP-WEB1
iptables -t nat -S KUBE-SEP-WEB2
iptables-save -t nat | grep -v '^#'
iptables -t nat -C KUBE-SVC-WEB -m comment --comment "default/sticky:http -> 10.244.2.6:8080" -j KUBE-SEP-WEB2; echo rc=$?
iptables -t nat -C KUBE-SVC-WEB -m comment --comment "default/sticky:http -> 10.244.2.6:8080" -m statistic --mode random --probability 0.5 -j KUBE-SEP-WEB2; echo rc=$?
iptables -t nat -D KUBE-SVC-WEB -m comment --comment "default/sticky:http -> 10.244.1.5:8080" -m statistic --mode random --probability 0.5 -j KUBE-SEP-WEB1; echo rc=$?
iptables -t nat -S KUBE-SVC-WEB
nft list chain ip nat KUBE-SVC-WEB
nft list chain ip nat KUBE-SEP-WEB1
nft list chain ip filter KUBE-FIREWALL
nft list chain ip filter KUBE-EXTERNAL-SERVICES
cat /proc/net/xt_recent/KUBE-SEP-WEB1; echo rc=$?
ls /proc/net/xt_recent/

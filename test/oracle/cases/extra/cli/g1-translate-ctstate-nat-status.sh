iptables-translate -A KUBE-FIREWALL ! -s 127.0.0.0/8 -d 127.0.0.0/8 -m comment --comment "block incoming localnet connections" -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP
iptables-translate -A X -m conntrack ! --ctstate DNAT -j DROP
iptables-translate -A X -m conntrack --ctstate DNAT -j ACCEPT
iptables-translate -A X -m conntrack ! --ctstate SNAT,DNAT -j DROP
iptables-translate -A X -m conntrack --ctstate NEW,SNAT ! --ctstatus ASSURED -j DROP
iptables-translate -A X -m conntrack ! --ctstate NEW,DNAT ! --ctstatus ASSURED -j DROP
iptables-translate -A X -m conntrack ! --ctstatus ASSURED --ctstate SNAT -j DROP
iptables-translate -A X -m conntrack --ctstate SNAT --ctstatus EXPECTED -j DROP
iptables-translate -A X -m conntrack ! --ctstate NEW -j DROP
iptables-translate -A X -m conntrack ! --ctstatus ASSURED,CONFIRMED -j DROP
ip6tables-translate -A X -m conntrack ! --ctstate ESTABLISHED,SNAT -j DROP
iptables-restore-translate <<'X'
*nat
:POSTROUTING ACCEPT [0:0]
-A POSTROUTING -m conntrack ! --ctstate DNAT -j MASQUERADE
COMMIT
X

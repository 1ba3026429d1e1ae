# iptables-translate: libxt_ecn's one-flag inversion, cluster's jhash (single node vs bit set, '!' lost), an empty --ctstatus list
iptables-translate -A INPUT -p tcp -m ecn ! --ecn-tcp-ece --ecn-ip-ect 1
iptables-translate -A INPUT -p tcp -m ecn --ecn-ip-ect 1 ! --ecn-tcp-cwr
iptables-translate -A INPUT -p tcp -m ecn ! --ecn-tcp-cwr --ecn-ip-ect 1
iptables-translate -A INPUT -p tcp -m ecn ! --ecn-ip-ect 1 --ecn-tcp-cwr
iptables-translate -A INPUT -p tcp -m ecn --ecn-tcp-ece ! --ecn-tcp-cwr
iptables-translate -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0
iptables-translate -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 1
iptables-translate -A INPUT -m cluster --cluster-total-nodes 2 ! --cluster-local-node 2 --cluster-hash-seed 0xffffffff
iptables-translate -A INPUT -m cluster --cluster-total-nodes 4 --cluster-local-nodemask 5 --cluster-hash-seed 7
iptables-translate -A INPUT -m cluster --cluster-total-nodes 4 --cluster-local-nodemask 1 --cluster-hash-seed 7
iptables-translate -A INPUT -m cluster --cluster-total-nodes 32 --cluster-local-node 32 --cluster-hash-seed 7
iptables-translate -A INPUT -m cluster --cluster-total-nodes 4 --cluster-local-nodemask 15 --cluster-hash-seed 7
ip6tables-translate -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 1
iptables-translate -A INPUT -m conntrack --ctstatus NONE
iptables-translate -A INPUT -m conntrack --ctstatus NONE -m cpu --cpu 1
iptables-translate -A INPUT -m conntrack ! --ctstatus NONE
iptables-translate -A INPUT -m conntrack --ctstate SNAT --ctstatus NONE
iptables-translate -A INPUT -m conntrack --ctstate NEW --ctstatus NONE -m cpu --cpu 1

iptables -t mangle -A PREROUTING -i eth1 -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef -j MARK --set-mark 0xffff
iptables -t mangle -A PREROUTING -i eth2 -m cluster --cluster-total-nodes 2 ! --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef -j MARK --set-mark 0xffff
iptables -t mangle -A PREROUTING -i eth1 -m mark ! --mark 0xffff -j DROP
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 4 --cluster-local-nodemask 0x5 -j ACCEPT
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 4 ! --cluster-local-nodemask 5 -j ACCEPT
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 32 --cluster-local-node 32 -j ACCEPT
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 33 --cluster-local-node 1 -j ACCEPT
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 2 --cluster-local-node 3 -j ACCEPT
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 2 --cluster-local-node 0 -j ACCEPT
iptables -t mangle -A PREROUTING -m cluster --cluster-local-node 1 -j ACCEPT
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 2 -j ACCEPT
iptables -t mangle -A PREROUTING -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-local-nodemask 1 -j ACCEPT
iptables -t mangle -A PREROUTING -m cluster --cluster-total 3 --cluster-local-node 2 --cluster-hash 12 -j ACCEPT
iptables -t mangle -S PREROUTING
iptables -t mangle -L PREROUTING
iptables -t mangle -L PREROUTING -n -v
iptables-save -t mangle | grep -v '^#'
iptables-translate -t mangle -A PREROUTING -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef -j MARK --set-mark 0xffff
iptables-translate -t mangle -A PREROUTING -m cluster --cluster-total-nodes 4 ! --cluster-local-nodemask 5
iptables -A FORWARD -m connbytes --connbytes 10000:100000 --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -A FORWARD -m connbytes ! --connbytes 10000:100000 --connbytes-dir original --connbytes-mode packets -j ACCEPT
iptables -A FORWARD -m connbytes --connbytes 500 --connbytes-dir reply --connbytes-mode avgpkt -j ACCEPT
iptables -A FORWARD -m connbytes --connbytes :500 --connbytes-dir reply --connbytes-mode avgpkt -j ACCEPT
iptables -A FORWARD -m connbytes --connbytes 0: --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -A FORWARD -m connbytes --connbytes 500:100 --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -A FORWARD -m connbytes --connbytes 18446744073709551615 --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -A FORWARD -m connbytes --connbytes 18446744073709551616 --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -A FORWARD -m connbytes --connbytes 100 -j ACCEPT
iptables -A FORWARD -m connbytes --connbytes 100 --connbytes-dir both -j ACCEPT
iptables -A FORWARD -m connbytes --connbytes 100 --connbytes-dir sideways --connbytes-mode bytes -j ACCEPT
iptables -A FORWARD -m connbytes --connbytes 100 --connbytes-dir both --connbytes-mode kb -j ACCEPT
iptables -A FORWARD -m connbytes --connbytes 1k --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -A FORWARD -m connbytes --connbytes 0x10:0x20 --connbytes-d both --connbytes-m bytes -j ACCEPT
iptables -S FORWARD
iptables -L FORWARD
iptables -L FORWARD -n -v -x
iptables-save -t filter | grep -v '^#'
iptables-translate -A FORWARD -m connbytes --connbytes 10000:100000 --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables-translate -A FORWARD -m connbytes ! --connbytes 10000 --connbytes-dir reply --connbytes-mode avgpkt
iptables-translate -A FORWARD -m connbytes --connbytes :500 --connbytes-dir original --connbytes-mode packets
ip6tables -A FORWARD -m connbytes --connbytes 10000:100000 --connbytes-dir both --connbytes-mode bytes -j ACCEPT
ip6tables -S FORWARD

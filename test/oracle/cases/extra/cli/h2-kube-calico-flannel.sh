# kube-proxy / Calico / flannel style rules typed by hand: quoted comments, statistic, mark, physdev, set
iptables -t nat -N KUBE-SERVICES
iptables -t nat -N KUBE-SVC-NPX46M4PTMTKRN6Y
iptables -t nat -N KUBE-SEP-AAAAAAAAAAAAAAAA
iptables -t nat -N KUBE-SEP-BBBBBBBBBBBBBBBB
iptables -t nat -N KUBE-MARK-MASQ
iptables -t nat -N KUBE-POSTROUTING
iptables -t nat -A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
iptables -t nat -A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING
iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x4000
iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x4000
iptables -t nat -A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully
iptables -t nat -A KUBE-SERVICES -d 10.96.0.1/32 -p tcp -m comment --comment "default/kubernetes:https cluster IP" -m tcp --dport 443 -j KUBE-SVC-NPX46M4PTMTKRN6Y
iptables -t nat -A KUBE-SVC-NPX46M4PTMTKRN6Y ! -s 10.244.0.0/16 -d 10.96.0.1/32 -p tcp -m comment --comment "default/kubernetes:https cluster IP" -m tcp --dport 443 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SVC-NPX46M4PTMTKRN6Y -m comment --comment "default/kubernetes:https -> 192.168.49.2:8443" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-AAAAAAAAAAAAAAAA
iptables -t nat -A KUBE-SVC-NPX46M4PTMTKRN6Y -m comment --comment "default/kubernetes:https -> 192.168.49.3:8443" -j KUBE-SEP-BBBBBBBBBBBBBBBB
iptables -t nat -A KUBE-SEP-AAAAAAAAAAAAAAAA -s 192.168.49.2/32 -m comment --comment default/kubernetes:https -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-AAAAAAAAAAAAAAAA -p tcp -m comment --comment default/kubernetes:https -m tcp -j DNAT --to-destination 192.168.49.2:8443
iptables -t nat -A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS
iptables -t nat -N KUBE-NODEPORTS
iptables -t nat -A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS
iptables -t nat -A KUBE-SERVICES -m comment --comment 'it'"'"'s "quoted"' -j RETURN
iptables -t nat -S
iptables -t nat -L KUBE-SVC-NPX46M4PTMTKRN6Y -n
iptables -t nat -L KUBE-POSTROUTING -n -v
iptables -t nat -L KUBE-SERVICES -n --line-numbers
iptables -A FORWARD -m comment --comment "flanneld forward" -s 10.244.0.0/16 -j ACCEPT
iptables -A FORWARD -m comment --comment "flanneld forward" -d 10.244.0.0/16 -j ACCEPT
iptables -t nat -A POSTROUTING -s 10.244.0.0/16 -d 10.244.0.0/16 -m comment --comment "flanneld masq" -j RETURN
iptables -t nat -A POSTROUTING -s 10.244.0.0/16 ! -d 224.0.0.0/4 -m comment --comment "flanneld masq" -j MASQUERADE --random-fully
iptables -A FORWARD -m physdev --physdev-is-bridged -j ACCEPT
iptables -A FORWARD -m physdev --physdev-in veth1234 --physdev-out eth0 -j ACCEPT
iptables -A FORWARD -m set --match-set cali40all-ipam-pools src -j ACCEPT; echo rc=$?
iptables -t mangle -N cali-PREROUTING
iptables -t mangle -A cali-PREROUTING -m comment --comment "cali:6gwbT8clXdHdC1b1" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -t mangle -A cali-PREROUTING -m comment --comment "cali:KX7AGNd6rMcDUai6" -m mark --mark 0x10000/0x10000 -j ACCEPT
iptables -t mangle -A cali-PREROUTING -m comment --comment "cali:wNH7KsA3ILKJBsY9" -j MARK --set-xmark 0x0/0xf0000
iptables -t mangle -S cali-PREROUTING
iptables -t mangle -L cali-PREROUTING -n -v
iptables -L FORWARD -n -v
iptables -S FORWARD
iptables-save | grep -v '^#'
iptables -t nat -C KUBE-SERVICES -m comment --comment 'it'"'"'s "quoted"' -j RETURN; echo rc=$?
nft list chain ip nat KUBE-SVC-NPX46M4PTMTKRN6Y
nft list chain ip nat KUBE-POSTROUTING
nft list chain ip mangle cali-PREROUTING
nft list chain ip filter FORWARD

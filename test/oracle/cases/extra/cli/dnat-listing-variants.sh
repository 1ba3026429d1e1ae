iptables -t nat -A PREROUTING -p udp --dport 53 -j DNAT --to-destination 10.96.0.10:53
iptables -t nat -A PREROUTING -d 1.2.3.4 -j DNAT --to-destination 10.0.0.1-10.0.0.9
iptables -t nat -A PREROUTING -p tcp -m tcp --dport 443 -j DNAT --to-destination 10.0.0.1:8443 --persistent
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:8000-8010 --random
iptables -t nat -A PREROUTING -p sctp -j DNAT --to-destination 10.0.0.1:99
iptables -t nat -A OUTPUT -p tcp -d 10.96.0.1 --dport 443 -m comment --comment "default/kubernetes:https" -j DNAT --to-destination 192.168.1.10:6443
iptables -t nat -L -n
iptables -t nat -L
iptables -t nat -S

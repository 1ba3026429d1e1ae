# -D / -C with the same rule typed in another order or with defaults spelled out
iptables -A INPUT -p tcp -s 192.0.2.1 --dport 22 -j ACCEPT
iptables -D INPUT -s 192.0.2.1 -p tcp --dport 22 -j ACCEPT; echo rc=$?
iptables -A INPUT -p tcp -s 192.0.2.1 --dport 22 -j ACCEPT
iptables -C INPUT -j ACCEPT --dport 22 -p tcp -s 192.0.2.1/32; echo rc=$?
iptables -C INPUT -p tcp -m tcp --dport 22 -s 192.0.2.1 -d 0.0.0.0/0 -j ACCEPT; echo rc=$?
iptables -C INPUT -p tcp --dport 22 -s 192.0.2.1 -j ACCEPT -i eth0; echo rc=$?
iptables -C INPUT -p tcp --dport 22 -s 192.0.2.0/24 -j ACCEPT; echo rc=$?
iptables -C INPUT -p 6 --dport 22 -s 192.0.2.1 -j ACCEPT; echo rc=$?
iptables -C INPUT -p tcp --dport ssh -s 192.0.2.1 -j ACCEPT; echo rc=$?
iptables -C INPUT -p tcp --dport 22:22 -s 192.0.2.1 -j ACCEPT; echo rc=$?
iptables -C INPUT -p tcp --dport 22 --sport 0:65535 -s 192.0.2.1 -j ACCEPT; echo rc=$?
iptables -A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
iptables -D INPUT -m state --state RELATED,ESTABLISHED -j ACCEPT; echo rc=$?
iptables -A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT
iptables -D INPUT -p tcp -m multiport --dports 443,80 -j ACCEPT; echo rc=$?
iptables -D INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT; echo rc=$?
iptables -A INPUT -j LOG
iptables -D INPUT -j LOG --log-level 4; echo rc=$?
iptables -A INPUT -p tcp -j REJECT
iptables -D INPUT -p tcp -j REJECT --reject-with icmp-port-unreachable; echo rc=$?
iptables -S INPUT

iptables -N f2b-sshd
iptables -A f2b-sshd -j RETURN
iptables -I INPUT -p tcp -m multiport --dports 22 -j f2b-sshd
iptables -I f2b-sshd 1 -s 203.0.113.7 -j REJECT --reject-with icmp-port-unreachable
iptables -I f2b-sshd 1 -s 198.51.100.23 -j REJECT --reject-with icmp-port-unreachable
iptables -I f2b-sshd 1 -s 192.0.2.99/32 -j DROP
iptables -n -L f2b-sshd
iptables -L f2b-sshd --line-numbers
iptables -D f2b-sshd -s 203.0.113.7 -j REJECT --reject-with icmp-port-unreachable
iptables -D f2b-sshd -s 203.0.113.7 -j REJECT --reject-with icmp-port-unreachable; echo rc=$?
iptables -n -L INPUT | grep -q 'f2b-sshd[ \t]'; echo found=$?
iptables -C INPUT -p tcp -m multiport --dports 22 -j f2b-sshd; echo rc=$?
iptables -S f2b-sshd
iptables -L -n -v
iptables -D INPUT -p tcp -m multiport --dports 22 -j f2b-sshd
iptables -F f2b-sshd
iptables -X f2b-sshd
iptables -S
iptables -N f2b-recidive
iptables -A f2b-recidive -j RETURN
iptables -I INPUT -p all -j f2b-recidive
iptables -I f2b-recidive 1 -s 203.0.113.0/24 -j REJECT --reject-with icmp-port-unreachable
iptables -S
iptables -L -v
iptables -w -n -L f2b-recidive

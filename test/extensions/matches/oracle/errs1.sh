iptables -A INPUT -m limit ! --limit 5/sec -j ACCEPT
iptables -A INPUT -m limit --limit 5/sec --limit 6/sec -j ACCEPT
iptables -A INPUT -m limit --limit 5/foo -j ACCEPT
iptables -A INPUT -m limit --limit abc -j ACCEPT
iptables -A INPUT -m limit --limit 0/sec -j ACCEPT
iptables -A INPUT -m limit --limit 20000/sec -j ACCEPT
iptables -A INPUT -m limit --limit 5/m --limit-burst 0 -j ACCEPT
iptables -A INPUT -m limit --limit 5/m --limit-burst 20000 -j ACCEPT
iptables -A INPUT -m limit --limit 7 -j ACCEPT
iptables -A INPUT -m limit --limit 1/d -j ACCEPT
iptables -A INPUT -m limit --limit 1/h -j ACCEPT
iptables -A INPUT -m limit --limit 7/minute -j ACCEPT
iptables -A INPUT -m limit --limit 2/sec --limit-burst 5 -j ACCEPT
iptables -A INPUT -m limit --limit 1000/sec -j ACCEPT
iptables -A INPUT -m limit --limit 3000/hour -j ACCEPT
iptables -A INPUT -m limit --limit 90/min -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -F
iptables -A INPUT -p tcp --dport 22 --dport 23 -j ACCEPT
iptables -A INPUT -p tcp --sport 22 --source-port 23 -j ACCEPT
iptables -A INPUT -p tcp --syn --tcp-flags ALL SYN -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags SYN -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags SYN,FOO SYN -j ACCEPT
iptables -A INPUT -p tcp --tcp-option 0 -j ACCEPT
iptables -A INPUT -p tcp --tcp-option 2 -j ACCEPT
iptables -A INPUT -p tcp ! --tcp-option 3 --sport 5:5 -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags syn,ack ack -j ACCEPT
iptables -A INPUT -p tcp --dport 0 -j ACCEPT
iptables -A INPUT -p tcp --dport 0x16 -j ACCEPT
iptables -A INPUT -p tcp --dport 022 -j ACCEPT
iptables -A INPUT -p tcp --dport " 22" -j ACCEPT
iptables -A INPUT -p tcp --dport www -j ACCEPT
iptables -A INPUT -p tcp --dport 22: -j ACCEPT
iptables -A INPUT -p tcp --dport : -j ACCEPT
iptables -A INPUT -p tcp --dport 1:2:3 -j ACCEPT
iptables -A INPUT -p tcp --sport 65535 -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags NONE NONE -j ACCEPT
iptables -A INPUT -p tcp ! --tcp-flags NONE NONE -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n
iptables -F
iptables -A INPUT -p udp --dport 53 --sport 1000:2000 -j ACCEPT
iptables -A INPUT -p udp --dport domain -j ACCEPT
iptables -A INPUT -p udp ! --dport 53:54 -j ACCEPT
iptables -A INPUT -p udp --dport 53 --dport 54 -j ACCEPT
iptables -A INPUT -p udp --tcp-flags SYN SYN -j ACCEPT
iptables -A INPUT -p udp -m udp -j ACCEPT
iptables -A INPUT -m udp --dport 5 -j ACCEPT
iptables -A INPUT -p tcp -m udp --dport 5 -j ACCEPT
iptables -A INPUT -p udp --dport bootps -j ACCEPT
iptables -A INPUT -p udp --dport ssh -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -F
iptables -A INPUT -p icmp --icmp-type 3/99 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 200 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 256 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type echo-request --icmp-type 0 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 8/0 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 11/1 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 5/1 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type ping -j ACCEPT
iptables -A INPUT -p icmp --icmp-type pong -j ACCEPT
iptables -A INPUT -p icmp --icmp-type Echo-Request -j ACCEPT
iptables -A INPUT -p icmp --icmp-type echo -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 13 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 3/abc -j ACCEPT
iptables -A INPUT -p icmp -m icmp -j ACCEPT
iptables -A INPUT -p icmp ! --icmp-type 3/3 -j ACCEPT
iptables -A INPUT -p icmp ! --icmp-type any -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n

iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -j ACCEPT 
iptables -A INPUT -j ACCEPT
iptables -A INPUT -m comment --comment “allow ssh” -j ACCEPT
iptables -A INPUT -m comment --comment “allow” -j ACCEPT
iptables -A INPUT -m comment --comment ‘x’ -j ACCEPT
iptables -A INPUT -p TCPÜ -j ACCEPT
iptables -A INPUT -p ÜDP -j ACCEPT
iptables -A INPUT -p Ícmp -j ACCEPT
iptables -t NAṪ -L
iptables -t nÄt -L
iptables -A INPUT -s 1.2.3.4​ -j DROP
iptables -A INPUT -j ÄCCEPT
iptables -A INPUT -m stÄte --state NEW -j ACCEPT
iptables -A INPUT -m state --state NÉW -j ACCEPT
iptables -A INPUT -p tcp --dport ßsh -j ACCEPT
iptables -P INPUT DRÖP
iptables -A INPUT -m conntrack --ctstate NEW,ÉSTABLISHED -j ACCEPT
iptables -A INPUT -p icmp --icmp-type Écho-request -j ACCEPT
iptables -A INPUT -j LOG --log-level ÉMERG
iptables -A INPUT -m limit --limit 5/ßecond -j ACCEPT
iptables -A INPUT -m time --weekdays Mön -j ACCEPT
iptables -A INPUT -j REJECT --reject-with ICMP-PORT-UNREACHABLE
iptables -A INPUT -j REJECT --reject-with ícmp-port-unreachable
iptables -A INPUT -p tcp --tcp-flags SYN,ÄCK SYN -j DROP
iptables -A INPUT -p tcp --tcp-flags syn,ack syn -j DROP
iptables -t mangle -A PREROUTING -j DSCP --set-dscp-class éf
iptables -t mangle -A PREROUTING -j DSCP --set-dscp-class ef
ip6tables -A INPUT -p ICMPV6 -j ACCEPT
ip6tables -A INPUT -p ÍCMPV6 -j ACCEPT
iptables -S
iptables-sav$'\t'e
$'ipt\001ables' -L
ipt'ables -L
ipt\\ables -L

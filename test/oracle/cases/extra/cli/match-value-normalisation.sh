iptables -A INPUT -m conntrack --ctstate ESTABLISHED,NEW -j ACCEPT
iptables -A INPUT -m state --state INVALID,ESTABLISHED,NEW -j ACCEPT
iptables -A INPUT -m mark --mark 0/0 -j ACCEPT
iptables -A INPUT -m mark --mark 0x0/0x0 -j ACCEPT
iptables -A INPUT -m length --length 0:65535 -j ACCEPT
iptables -A INPUT -m ttl --ttl-lt 0 -j ACCEPT
iptables -A INPUT -p icmp ! --icmp-type any -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags ALL SYN -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags SYN,RST,ACK,FIN SYN -j ACCEPT
iptables -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.1 -j ACCEPT
iptables -A INPUT -m addrtype -j ACCEPT
iptables -A INPUT -m limit --limit 0/sec -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n

iptables -A INPUT -m mark --mark 0x1/0xff -j DROP
iptables -A INPUT -m mark ! --mark 5 -j DROP
iptables -A INPUT -m mark ! --mark 0x10/0x10 -j DROP
iptables -A INPUT -m limit --limit 10/s -j ACCEPT
iptables -A INPUT -m limit --limit 10/s --limit-burst 7 -j ACCEPT
iptables -A INPUT -m recent --set
iptables -A INPUT -m addrtype --dst-type LOCAL -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags SYN,ACK SYN -j ACCEPT
iptables -A INPUT -p tcp ! --dport 1:1023 -j ACCEPT
iptables -A INPUT -p udp -m udp --dport 53 -m comment --comment dns -j ACCEPT
iptables -A INPUT -s 10.0.0.0/255.0.255.0 -j ACCEPT
iptables -A INPUT ! -i eth+ ! -s 1.2.3.4 -j ACCEPT
iptables -A INPUT -j QUEUE
iptables -A INPUT -j NFQUEUE --queue-num 3
iptables -A INPUT -p 47 -j ACCEPT
iptables -A INPUT ! -p tcp -j ACCEPT
iptables -A INPUT -p all -j ACCEPT
iptables -A INPUT -m iprange --src-range 1.1.1.1-1.1.1.9 -j ACCEPT
iptables -A INPUT -m tcp -p tcp -j ACCEPT
nft list chain ip filter INPUT

iptables -A INPUT -p icmp --icmp-type bogus -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 256 -j ACCEPT
iptables -A INPUT -p tcp --icmp-type 8 -j ACCEPT
iptables -A INPUT --icmp-type 8 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type -j ACCEPT
iptables -A INPUT -p icmp -m icmp --icmp-type 8 -j ACCEPT
iptables -S INPUT
iptables -L -h | head -3

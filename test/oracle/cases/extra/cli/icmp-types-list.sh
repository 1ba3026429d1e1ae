iptables -p icmp -h | tail -n 45

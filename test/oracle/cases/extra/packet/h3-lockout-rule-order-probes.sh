serve tcp 8080
serve udp 5353
iptables -A INPUT -j DROP
iptables -A INPUT -p tcp --dport 8080 -j ACCEPT
probe tcp 127.0.0.1 8080
iptables -L INPUT -v -n --line-numbers
iptables -I INPUT -p tcp --dport 8080 -j ACCEPT
probe tcp 127.0.0.1 8080
iptables -L INPUT -v -n --line-numbers
iptables -D INPUT -j DROP
iptables -P INPUT DROP
probe udp 127.0.0.1 5353
probe icmp 127.0.0.1
iptables -A INPUT -i lo -j ACCEPT
probe udp 127.0.0.1 5353
probe icmp 127.0.0.1
iptables -L INPUT -v -n
iptables -P INPUT ACCEPT
iptables -F
iptables -A OUTPUT -p udp --dport 5353 -j REJECT
probe udp 127.0.0.1 5353
iptables -A OUTPUT -p tcp --sport 8080 -j DROP
probe tcp 127.0.0.1 8080
iptables -L OUTPUT -v -n
iptables -Z OUTPUT 1
iptables -L OUTPUT -v -n
iptables -R OUTPUT 2 -p tcp --sport 8080 -j REJECT --reject-with tcp-reset
probe tcp 127.0.0.1 8080
iptables -L OUTPUT -v -n
iptables -A INPUT -p icmp --icmp-type echo-request -j REJECT --reject-with icmp-host-prohibited
probe icmp 127.0.0.1
iptables -A INPUT -p icmp -m limit --limit 1/s --limit-burst 1 -j ACCEPT
iptables -I INPUT -p icmp -m limit --limit 1/h --limit-burst 1 -j ACCEPT
probe icmp 127.0.0.1
probe icmp 127.0.0.1
iptables -L INPUT -v -n
iptables-save -c | grep -v '^#'

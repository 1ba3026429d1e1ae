iptables-legacy -N web
iptables-legacy -A INPUT -j ACCEPT
iptables-legacy -I web --goto NOPE
iptables-legacy -A OUTPUT --goto LOG
iptables-legacy -A web -j NOPE
iptables-legacy -Z INPUT 9
iptables-legacy -Z INPUT 1
iptables-legacy -Z NOPE 1
iptables-legacy -v -X vchain
iptables-legacy -t NAT -L
iptables-legacy -P web REJECT
iptables-legacy -t raw -P INPUT REJECT
iptables-legacy -E web ACCEPT
iptables-legacy -v -E INPUT INPUT2
iptables-legacy -v -D web -s 1.2.3.4 -j DROP
iptables-legacy -S

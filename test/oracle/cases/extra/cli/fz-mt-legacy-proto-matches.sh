# iptables-legacy has no "TCP match requires '-p tcp'" check of its own: xt_tcpudp refuses a
# tcp/udp match on another or an inverted protocol (EINVAL), ports or not.
iptables-legacy -A OUTPUT -p udp -m tcp --dport 80
iptables-legacy -A OUTPUT -p tcp -m udp --sport 53
iptables-legacy -A OUTPUT -p icmp -m tcp --syn
iptables-legacy -A OUTPUT ! -p tcp --dport 80
iptables-legacy -A OUTPUT ! -p udp -m udp --dport 53
iptables-legacy -A OUTPUT -p udp -m tcp
iptables-legacy -A OUTPUT -p tcp -m tcp ! --dport 22
iptables-legacy -A OUTPUT -p 17 --dport 53
iptables-legacy -S OUTPUT
ip6tables-legacy -A OUTPUT -p udp -m tcp --dport 80
ip6tables-legacy -A OUTPUT ! -p tcp -m tcp --tcp-flags SYN SYN
ip6tables-legacy -S OUTPUT
iptables -A OUTPUT -p udp -m tcp --dport 80
iptables -A OUTPUT ! -p tcp --dport 80
iptables -A OUTPUT -p udp -m tcp
iptables -S OUTPUT
printf '*filter\n-A OUTPUT -p udp -m tcp --dport 80\nCOMMIT\n' | iptables-legacy-restore --noflush

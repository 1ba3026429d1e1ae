iptables -S
iptables-legacy -t nat -L -n > /dev/null
iptables -S
iptables -L -n
iptables -L INPUT -n
iptables -S INPUT 1
iptables -t mangle -S
iptables -A INPUT -j ACCEPT
iptables -C INPUT -j ACCEPT
iptables -L INPUT 1
iptables-save | grep -v '^#'
iptables-save -t nat
iptables -nvL
ip6tables -S
ip6tables-save
ip6tables-legacy -S > /dev/null
ip6tables -S
ip6tables-save | head -n 3
iptables-nft -L -n 2>&1 | tail -n 2
iptables -L -n 2>/dev/null | tail -n 1
iptables -F
iptables -X
iptables -Z
iptables -N X
iptables -E X Y
iptables -L Y -n
iptables-legacy -F
iptables -S
iptables-translate -A INPUT -j ACCEPT
nft list tables
iptables -t raw -L -n
iptables -t nat -S

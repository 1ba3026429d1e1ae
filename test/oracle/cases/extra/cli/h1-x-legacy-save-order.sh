iptables-legacy -t mangle -A PREROUTING -j ACCEPT
iptables-legacy -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables-legacy -A INPUT -j ACCEPT
iptables-legacy -t raw -A OUTPUT -j ACCEPT
iptables-legacy-save | grep -v '^#'
iptables-legacy-save -t nat | grep -v '^#'
iptables-legacy-save -c | grep -v '^#'
iptables-legacy -L -n -v
iptables-legacy -t nat -L -n -v
iptables-legacy -t mangle -L -n -v
iptables-legacy -t raw -S
iptables-legacy -t security -S
iptables-legacy-save | grep '^\*'
ip6tables-legacy -t nat -A OUTPUT -j ACCEPT
ip6tables-legacy -A FORWARD -j DROP
ip6tables-legacy-save | grep -v '^#'
iptables-save | grep -v '^#'
iptables-nft-save | grep -v '^#'
iptables -S
iptables-legacy -F
iptables-legacy -t nat -F
iptables-legacy-save | grep -v '^#'

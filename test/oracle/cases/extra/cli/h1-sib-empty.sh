ip6tables -L
ip6tables -L -n
ip6tables -S
ip6tables-save
ip6tables -t nat -L
ip6tables -t nat -S
ip6tables -t nat -L -n -v
ip6tables -t mangle -L -n
ip6tables -t raw -L -n
ip6tables -t raw -S
ip6tables -t mangle -S
iptables -L -v
iptables -L -n -v -x
iptables -L -v --line-numbers
iptables -t nat -L -n -v -x --line-numbers
iptables -t mangle -L -v
iptables -t raw -L -v -n
iptables -t security -L -n
iptables -t security -S
iptables-save -t nat
iptables-save -t mangle
iptables-save -t raw
iptables-save -c
iptables-save
ip6tables-save -t mangle
iptables-legacy -L
iptables-legacy -L -n -v
iptables-legacy -S
iptables-legacy -t nat -L -n
iptables-legacy-save
iptables-nft -L -n
iptables-nft-save
ip6tables-nft -S
ip6tables-legacy -S
ip6tables-legacy -L -n
ip6tables-legacy-save

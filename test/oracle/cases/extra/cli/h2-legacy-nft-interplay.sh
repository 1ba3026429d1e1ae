# a box where docker wrote legacy rules and ufw wrote nft rules: what each save shows
iptables-legacy -N DOCKER-USER
iptables-legacy -A DOCKER-USER -j RETURN
iptables-legacy -A FORWARD -j DOCKER-USER
iptables-legacy -t nat -N DOCKER
iptables-legacy -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
iptables-nft -N ufw-user-input
iptables-nft -A INPUT -j ufw-user-input
iptables-nft -A ufw-user-input -p tcp --dport 22 -j ACCEPT
iptables-legacy-save | grep -v '^#'
iptables-nft-save | grep -v -e '^# Generated' -e '^# Completed'
iptables-save | grep -v -e '^# Generated' -e '^# Completed'
iptables-legacy -L -n
iptables-nft -L -n
iptables -L -n
iptables-legacy -t nat -L -n -v
iptables-nft -t nat -L -n
iptables-legacy-save -t nat -c | grep -v '^#'
iptables-nft-save -t nat | grep -v '^#'
nft list ruleset
iptables-legacy -C DOCKER-USER -j RETURN; echo rc=$?
iptables-nft -C DOCKER-USER -j RETURN; echo rc=$?
iptables-legacy -D FORWARD 1
iptables-legacy -X DOCKER-USER
iptables-legacy -S
iptables -V
iptables-legacy -V
ip6tables-legacy -A INPUT -p ipv6-icmp -j ACCEPT
ip6tables-legacy-save | grep -v '^#'
ip6tables-nft-save | grep -v '^#'

# looking at docker+ufw iptables-nft rules through nft's listing options
iptables -N DOCKER-USER
iptables -A DOCKER-USER -j RETURN
iptables -A FORWARD -j DOCKER-USER
iptables -A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -A INPUT -p udp -m udp --sport 67 --dport 68 -j ACCEPT
iptables -A INPUT -p tcp -m tcp --dport 22 -m comment --comment "allow ssh" -j ACCEPT
iptables -A INPUT -m limit --limit 3/min --limit-burst 10 -j LOG --log-prefix "[UFW BLOCK] "
iptables -t nat -N DOCKER
iptables -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
iptables -t nat -A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
ip6tables -A INPUT -p ipv6-icmp -j ACCEPT
nft -s list ruleset
nft -n list chain ip filter INPUT
nft -nn list chain ip filter INPUT
nft -a list chain ip filter FORWARD
nft -as list table ip nat
nft list table filter
nft list ruleset ip6
nft list ruleset ip
nft list chains ip
nft list table ip6 filter
nft list tables ip
nft list chain ip filter DOCKER-USER -a; echo rc=$?
nft list chain ip filter docker-user; echo rc=$?
nft list table ip raw; echo rc=$?
nft list sets
nft list counters
nft -c add rule ip filter INPUT tcp dport 443 accept; echo rc=$?
iptables -S INPUT

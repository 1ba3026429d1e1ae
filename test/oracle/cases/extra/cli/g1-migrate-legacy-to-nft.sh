iptables-legacy -N DOCKER-USER
iptables-legacy -A DOCKER-USER -j RETURN
iptables-legacy -A FORWARD -j DOCKER-USER
iptables-legacy -t nat -N DOCKER
iptables-legacy -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
iptables-legacy -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
iptables-legacy -A INPUT -p tcp -m multiport --dports 80,443 -m comment --comment "web ports" -j ACCEPT
iptables-legacy -A INPUT -m limit --limit 5/min -j LOG --log-prefix "drop: "
iptables-legacy -P INPUT DROP
ip6tables-legacy -A INPUT -p ipv6-icmp -j ACCEPT
iptables-legacy-save | iptables-nft-restore; echo rc=$?
ip6tables-legacy-save | ip6tables-nft-restore; echo rc=$?
iptables-nft-save | grep -v '^#'
ip6tables-nft-save | grep -v '^#'
iptables-legacy-save -c | iptables-restore -c --test; echo rc=$?
diff <(iptables-legacy-save | grep -v '^#') <(iptables-nft-save | grep -v '^#'); echo diff=$?
iptables-nft -L -n -v
iptables-legacy -F; iptables-legacy -X; iptables-legacy -t nat -F; iptables-legacy -t nat -X; iptables-legacy -P INPUT ACCEPT
iptables-legacy-save | grep -v '^#'
iptables -L -n | head -3
iptables-save | sed 's/-j LOG --log-prefix "drop: "/-j DROP/' | iptables-restore; echo rc=$?
iptables -S INPUT
iptables-save | grep -v DOCKER | iptables-restore; echo rc=$?
iptables-save | grep -v '^#'
iptables-save | iptables-legacy-restore; echo rc=$?
iptables-legacy-save -t filter | grep -v '^#'
iptables-save -t nat | iptables-restore -T nat -n; echo rc=$?
iptables-save | iptables-restore -v | head -20

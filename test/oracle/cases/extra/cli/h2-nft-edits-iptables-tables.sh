# fixing fail2ban/docker rules with nft on an iptables-nft box, then reading them back with iptables
iptables -N f2b-sshd
iptables -A f2b-sshd -s 203.0.113.45/32 -j REJECT --reject-with icmp-port-unreachable
iptables -A f2b-sshd -j RETURN
iptables -I INPUT -p tcp -m multiport --dports 22 -j f2b-sshd
iptables -t nat -N DOCKER
iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
nft -a list chain ip filter f2b-sshd
nft -a list table ip nat
nft list tables
nft list chains
nft insert rule ip filter f2b-sshd ip saddr 198.51.100.9 counter drop
nft add rule ip filter f2b-sshd ip saddr 192.0.2.0/24 drop
nft add rule ip filter INPUT tcp dport 80 counter accept
iptables -S f2b-sshd
iptables -L f2b-sshd -n -v
iptables -S INPUT
iptables-save -t filter | grep -v '^#'
nft delete rule ip filter f2b-sshd handle 5
iptables -S f2b-sshd
nft flush chain ip filter f2b-sshd
iptables -L f2b-sshd -n
nft delete chain ip filter f2b-sshd; echo rc=$?
iptables -D INPUT 1
nft delete chain ip filter f2b-sshd; echo rc=$?
iptables -L -n
iptables -t nat -S DOCKER
iptables -t nat -L DOCKER -n
nft list ruleset

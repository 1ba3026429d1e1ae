iptables -A INPUT -p mptcp -j ACCEPT
iptables -A INPUT -p mptcp --dport 22 -j ACCEPT
iptables -A INPUT -p mptcp -m tcp --dport 22 -j ACCEPT
iptables -A INPUT ! -p mptcp -j DROP
iptables -A INPUT -p MPTCP -j ACCEPT
iptables -S
iptables -L -n
iptables -v -A INPUT -p mptcp -s 1.2.3.4 -j DROP
iptables -L INPUT
iptables -D INPUT 4
iptables -C INPUT -p mptcp -j ACCEPT; echo rc=$?
iptables -C INPUT -p tcp -j ACCEPT; echo rc=$?
iptables -D INPUT -p tcp -j ACCEPT; echo rc=$?
iptables -S
iptables-save | grep -v '^#'
iptables-legacy -A INPUT -p mptcp -j ACCEPT
iptables-legacy -A INPUT -p mptcp --dport 22 -j ACCEPT
iptables-legacy -A INPUT -p mptcp -m tcp --dport 22 -j ACCEPT
iptables-legacy -S
iptables-legacy -L -n
iptables-legacy -L INPUT
iptables-legacy -v -A INPUT -p mptcp -s 1.2.3.4 -j DROP
iptables-legacy -L INPUT -v
iptables-legacy -D INPUT 2
iptables-legacy -v -A INPUT ! -p 262 -j DROP
iptables-legacy -C INPUT -p tcp -j ACCEPT; echo rc=$?
iptables-legacy -C INPUT -p mptcp -j ACCEPT; echo rc=$?
iptables-legacy-save | grep -v '^#'
ip6tables -A INPUT -p mptcp -j ACCEPT
ip6tables -S
ip6tables-legacy -A INPUT -p mptcp -j ACCEPT
ip6tables-legacy -S
iptables-restore <<'EOT'
*filter
-A INPUT -p mptcp -j ACCEPT
COMMIT
EOT
iptables -S
iptables-translate -A INPUT -p mptcp -j ACCEPT
nft list ruleset
iptables-legacy -v -A INPUT -p ipv6 -j DROP
iptables-legacy -v -A INPUT -p 41 -j DROP
iptables-legacy -L INPUT

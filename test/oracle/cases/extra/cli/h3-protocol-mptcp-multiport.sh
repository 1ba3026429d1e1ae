iptables -A INPUT -p mptcp -m multiport --dports 22,80 -j ACCEPT
iptables -A INPUT -p mptcp -m multiport --sports 1:5 -j ACCEPT
iptables -A INPUT ! -p mptcp -m multiport --dports 22 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 22 -j ACCEPT
iptables -S
iptables -C INPUT -p mptcp -m multiport --dports 22 -j ACCEPT; echo rc=$?
iptables -D INPUT -p mptcp -m multiport --dports 22 -j ACCEPT; echo rc=$?
iptables -S
iptables-legacy -A INPUT -p mptcp -m multiport --dports 22,80 -j ACCEPT
iptables-legacy -S
ip6tables -A INPUT -p mptcp -m multiport --dports 22,80 -j ACCEPT
ip6tables-legacy -A INPUT -p mptcp -m multiport --dports 22,80 -j ACCEPT
iptables-restore --noflush <<'EOT'
*filter
-A FORWARD -p mptcp -m multiport --dports 443 -j ACCEPT
COMMIT
EOT
iptables -S FORWARD
iptables-translate -A INPUT -p mptcp -m multiport --dports 22,80 -j ACCEPT
iptables-translate -A INPUT -p mptcp -m multiport --ports 22 -j ACCEPT
iptables-translate -A INPUT -p udp -m multiport ! --sports 53,67:68 -j ACCEPT
ip6tables-translate -A INPUT -p sctp -m multiport --ports 1,2 -j ACCEPT

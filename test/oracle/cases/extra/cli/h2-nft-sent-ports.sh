# nft lists the expressions iptables-nft sent: ! --dport 0:80 is 'dport > 80' though -S reads it back as 81:65535
ip6tables -A INPUT -p tcp ! --dport 0:80 -j ACCEPT
ip6tables -A INPUT -p tcp ! --sport 80:65535 -j ACCEPT
ip6tables -A INPUT -p udp ! --dport 1:80 -j ACCEPT
ip6tables -A INPUT -p udp --dport 80:65535 -j ACCEPT
ip6tables -A INPUT -p tcp ! --dport 0:65535 -j ACCEPT
ip6tables -A INPUT -p tcp --dport 0:65535 -j ACCEPT
ip6tables -A INPUT -p tcp ! --dport 0 -j ACCEPT
ip6tables -A INPUT -p tcp ! --dport 65535 -j ACCEPT
ip6tables -A INPUT -p tcp --dport 0:0 -j ACCEPT
ip6tables -S INPUT
nft list chain ip6 filter INPUT
iptables -A INPUT -p tcp ! --dport 0:80 -j ACCEPT
iptables -A INPUT -p tcp ! --sport 80:65535 -j ACCEPT
iptables -S INPUT
nft list chain ip filter INPUT
printf '*filter\n-A INPUT -p tcp ! --dport 0:80 -j ACCEPT\n-A INPUT -p tcp ! --dport 0:65535 -j ACCEPT\nCOMMIT\n' | ip6tables-restore
ip6tables -S
nft list ruleset
ip6tables -I INPUT -p udp ! --sport 0:1023 -j ACCEPT
ip6tables -R INPUT 2 -p tcp ! --dport 0:22 -j ACCEPT
nft list ruleset
ip6tables-save | ip6tables-restore
nft list ruleset

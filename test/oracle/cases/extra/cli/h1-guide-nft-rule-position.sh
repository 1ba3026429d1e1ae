# Placing nft rules the way guides show: add/insert with position HANDLE (after/before that rule), handle HANDLE, index N, and the learner's mistake of giving a rule number as a position; then in iptables-nft's own table
nft add table inet filter
nft add chain inet filter input '{ type filter hook input priority 0; policy accept; }'
nft add rule inet filter input tcp dport 22 accept
nft add rule inet filter input tcp dport 80 accept
nft add rule inet filter input counter drop
nft -a list chain inet filter input
nft insert rule inet filter input position 3 udp dport 53 accept
nft add rule inet filter input position 3 udp dport 123 accept
nft insert rule inet filter input position 4 tcp dport 443 accept
nft add rule inet filter input position 4 tcp dport 8443 accept
nft -a list chain inet filter input
nft add rule inet filter input handle 5 tcp dport 25 accept
nft insert rule inet filter input handle 5 tcp dport 26 accept
nft add rule inet filter input index 0 tcp dport 110 accept
nft insert rule inet filter input index 0 tcp dport 111 accept
nft insert rule inet filter input index 99 tcp dport 112 accept
nft add rule inet filter input position 99 tcp dport 113 accept
nft add rule inet filter input position tcp dport 114 accept
nft add rule inet filter input position 0 tcp dport 115 accept
nft -a list chain inet filter input
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p tcp --dport 80 -j ACCEPT
nft -a list chain ip filter INPUT
nft insert rule ip filter INPUT position 3 tcp dport 443 accept
nft add rule ip filter INPUT position 2 tcp dport 8080 accept
nft add rule ip filter INPUT position 9 tcp dport 8081 accept
nft add rule ip filter INPUT index 1 tcp dport 8082 accept
iptables -S INPUT
nft -a list chain ip filter INPUT

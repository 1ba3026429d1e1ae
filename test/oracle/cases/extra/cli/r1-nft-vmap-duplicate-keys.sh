# anonymous verdict maps with a key given twice: the same verdict is one element, another verdict is the kernel's File exists under the later key, after the map and rule took their handles (nft's own table and iptables' filter table)
nft add table ip t
nft add chain ip t input '{ type filter hook input priority 0; }'
nft add rule ip t input tcp dport vmap { 22 : accept, 22 : drop }
nft add rule ip t input tcp dport vmap { 22 : accept, 23 : drop, 22 : accept }
nft add rule ip t input udp sport vmap { 53 : accept, domain : drop }
nft add rule ip t input ip saddr vmap { 10.0.0.1 : accept, 10.0.0.2 : drop, 10.0.0.1 : drop }
nft add rule ip t input tcp dport vmap { 22 : accept, 23 : drop }
nft -a list chain ip t input
iptables -A INPUT -p udp -j ACCEPT
nft add rule ip filter INPUT tcp dport vmap { 80 : accept, 80 : drop }
nft add rule ip filter INPUT tcp dport vmap { 80 : accept, 443 : accept, 80 : accept }
nft -a list chain ip filter INPUT

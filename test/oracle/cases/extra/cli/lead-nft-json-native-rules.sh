nft add table inet t
nft add chain inet t c '{ type filter hook input priority 0; policy accept; }'
nft add rule inet t c tcp dport 22 accept
nft add rule inet t c ip saddr 10.0.0.0/8 counter drop
nft add rule inet t c iifname "lo" accept
nft add rule inet t c ct state established,related accept
nft add rule inet t c udp dport { 53, 123 } accept
nft add rule inet t c meta l4proto icmp accept
nft add set inet t s '{ type ipv4_addr; }'
nft add element inet t s '{ 1.2.3.4, 5.6.7.8 }'
nft add rule inet t c ip daddr @s reject
nft add chain inet t n '{ type nat hook postrouting priority 100; }'
nft add rule inet t n oifname "eth0" masquerade
nft -j list ruleset
nft -j list table inet t
nft -j list set inet t s
nft -j list chain inet t c
nft -j -a list chain inet t n
nft -j list tables
nft -j list sets
nft add table ip t2
nft add chain ip t2 c '{ type filter hook input priority 0; }'
nft add rule ip t2 c ct state new accept
nft add rule ip t2 c ct state != established drop
nft add rule ip t2 c ct state '{ established, related }' accept
nft add rule ip t2 c tcp sport != 22 return
nft add rule ip t2 c ip protocol tcp counter
nft add rule ip t2 c ip daddr 10.1.2.3 reject
nft add rule ip t2 c iifname != "eth*" drop
nft add rule ip t2 c tcp dport 1000-2000 accept
nft add rule ip t2 c ip saddr { 10.0.0.0/8, 192.168.0.0/16 } drop
nft add chain ip t2 other
nft add rule ip t2 c jump other
nft add rule ip t2 c goto other
nft add rule ip t2 c reject with tcp reset
nft add rule ip t2 c reject with icmp host-unreachable
nft add rule ip t2 c meta l4proto udp udp dport 53 accept
nft add chain ip t2 n '{ type nat hook prerouting priority -100; }'
nft add rule ip t2 n tcp dport 80 dnat to 10.0.0.2:8080
nft add rule ip t2 n tcp dport 81 redirect to :8081
nft -j list table ip t2
nft add table inet u2
nft add chain inet u2 c '{ type filter hook input priority 0; }'
nft add rule inet u2 c reject
nft -j list chain inet u2 c

# nft NAT statements as guides write them: masquerade [random], snat/dnat [ip] to ADDR[-ADDR][:PORT], redirect [to [:]PORT], a port mapping without a protocol match, NAT in a chain of the wrong hook or type (two handles used), and inet's snat needing ip or an ip match
nft add table ip t
nft add chain ip t pre { type nat hook prerouting priority dstnat \; }
nft add chain ip t post { type nat hook postrouting priority srcnat \; }
nft add chain ip t out { type nat hook output priority -100 \; }
nft add chain ip t f { type filter hook forward priority 0 \; }
nft add rule ip t post masquerade
nft add rule ip t post masquerade random
nft add rule ip t post masquerade to :1024-2048
nft add rule ip t post ip daddr 10.0.0.0/8 snat to 1.2.3.4-1.2.3.10
nft add rule ip t post snat ip to 1.2.3.4:1000
nft add rule ip t post snat to 1.2.3.4:1000-2000
nft add rule ip t pre dnat to 10.0.0.2
nft add rule ip t pre tcp dport 80 dnat ip to 10.0.0.2:8080
nft add rule ip t pre tcp dport { 80, 443 } dnat to 10.0.0.3
nft add rule ip t pre redirect
nft add rule ip t pre tcp dport 25 redirect to 2525
nft add rule ip t out tcp dport 53 redirect to :5353
nft add rule ip t pre dnat to 10.0.0.2:
nft add rule ip t pre dnat to
nft add rule ip t pre dnat 10.0.0.2
nft add rule ip t pre dnat to 10.0.0.300
nft add rule ip t pre dnat to 10.0.0.2:99999
nft add rule ip t pre dnat to 10.0.0.2:80
nft add rule ip t post dnat to 10.0.0.2
nft add rule ip t pre snat to 10.0.0.2
nft add rule ip t f masquerade
nft add rule ip t pre masquerade
nft add rule ip t pre counter dnat to 10.0.0.9 comment "web"
nft list table ip t
nft -a list chain ip t pre
nft add table inet n
nft add chain inet n post { type nat hook postrouting priority 100 \; }
nft add rule inet n post snat to 1.2.3.4
nft add rule inet n post snat ip to 1.2.3.4
nft add rule inet n post ip saddr 10.0.0.0/8 snat to 1.2.3.4
nft add rule inet n post masquerade
nft list table inet n

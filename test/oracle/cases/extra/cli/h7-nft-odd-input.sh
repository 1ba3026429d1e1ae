nft add table inet t
nft add chain inet t R '{ type filter hook input priority 0; }'
nft add chain inet t a
nft add chain inet t Q '{ type constructor hook input priority 0; }'
nft add chain inet t Q '{ type filter hook __proto__ priority 0; }'
nft add chain inet t Q '{ type toString hook input priority 0; }'
nft delete table ip handle 1
nft add table ip x
nft -a list tables
nft delete table ip handle 2
nft list tables
nft add chain inet t P '{ type filter hook input priority -2147483649; }'
nft delete rule inet t R handle 99999999999999999999999
nft '{}'
nft add chain inet t S '{ type filter hook input priority 150; }'
nft add rule inet t a ip saddr 10.1.2.3/8
nft list chain inet t a
nft 'add rule inet t a ip saddr "1.2.3.4'
nft list chain inet t S

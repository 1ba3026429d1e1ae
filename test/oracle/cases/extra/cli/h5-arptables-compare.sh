arptables -A INPUT --opcode 1 -j DROP
arptables -A INPUT --opcode 2 -j DROP
arptables -D INPUT --opcode 2 -j DROP
arptables -S INPUT
arptables -A INPUT --src-mac 00:00:00:00:00:01 -j DROP
arptables -C INPUT --src-mac 00:00:00:00:00:02 -j DROP
arptables -C INPUT -j DROP --h-type 2
arptables -C INPUT -j DROP --proto-type 2
arptables -A INPUT -i eth0 -j ACCEPT
arptables -D INPUT -i eth1 -j ACCEPT
arptables -D INPUT -i eth0+ -j ACCEPT
arptables -D INPUT ! -i eth0 -j ACCEPT
arptables -v -D INPUT -i eth0 -j ACCEPT
arptables -A OUTPUT -j mangle --mangle-ip-s 1.1.1.1
arptables -D OUTPUT -j mangle --mangle-ip-s 1.1.1.2
arptables -D OUTPUT -j mangle --mangle-ip-s 1.1.1.1 --mangle-target ACCEPT
arptables -A OUTPUT -j MARK --set-mark 1
arptables -D OUTPUT -j MARK --or-mark 1
arptables -D OUTPUT -j MARK --set-mark 1
arptables -S
arptables -F
arptables -Z -v
arptables -F -v
arptables -X -v
arptables -L -v
arptables-save
xtables-nft-multi arptables-save
xtables-nft-multi arptables-nft -L INPUT
xtables-nft-multi arptables -V
echo '*filter' | xtables-nft-multi arptables-restore
arptables-save
arptables -A INPUT -j ACCEPT --opcode 11
arptables -A INPUT -j ACCEPT --opcode 0
arptables -A INPUT -j ACCEPT ! --opcode 0
arptables -A INPUT -j ACCEPT --h-type 0x1
arptables -A INPUT -j ACCEPT --h-type 0xffff
arptables -A INPUT -j ACCEPT --h-type 10000
arptables -A INPUT -j ACCEPT --proto-type 0
arptables -A INPUT -j ACCEPT --proto-type 010
arptables -A INPUT -j ACCEPT --opcode 010
arptables -A INPUT -j ACCEPT --opcode " 2"
arptables -A INPUT -j ACCEPT --opcode 2x
arptables -A INPUT -j ACCEPT --opcode Reply/3
arptables -L INPUT
arptables -L INPUT -n

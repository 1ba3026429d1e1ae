# arptables-nft rules as nft lists the arp family: htype/ptype/hlen/plen, operation names, sender/target MAC and IP (a whole-byte MAC mask arptables cannot read back), xt targets
arptables -N arpuser
arptables -A INPUT -j ACCEPT
arptables -A INPUT -s 10.0.0.1 -j DROP
arptables -A INPUT -s ! 10.0.0.0/8 -d 192.168.1.1 -j DROP
arptables -A INPUT -i eth0 -j arpuser
arptables -A INPUT -o eth+ -j ACCEPT
arptables -A INPUT --source-mac 00:11:22:33:44:55 -j ACCEPT
arptables -A INPUT --destination-mac 00:11:22:00:00:00/ff:ff:ff:00:00:00 -j ACCEPT
arptables -A INPUT --opcode Request -j ACCEPT
arptables -A INPUT --opcode ! 2 -j ACCEPT
arptables -A INPUT --h-type 6 -j ACCEPT
arptables -A INPUT --proto-type 0x800 -j ACCEPT
arptables -A OUTPUT -j mangle --mangle-ip-s 10.0.0.2
arptables -A OUTPUT -j mangle --mangle-mac-d 00:11:22:33:44:55 --mangle-target DROP
arptables -A OUTPUT -j CLASSIFY --set-class 1:2
arptables -A OUTPUT -j MARK --set-mark 5
arptables -A arpuser -j RETURN
arptables -P OUTPUT DROP
arptables -L -n
nft list table arp filter
nft list ruleset
nft list chains arp
nft list tables arp
nft -s list chain arp filter arpuser

arptables -A OUTPUT -j NFLOG --nflog-group 5
arptables -A OUTPUT -j NFLOG
arptables -A OUTPUT -j LOG --log-prefix x
arptables -A OUTPUT -j TRACE
arptables -A OUTPUT -j CONNMARK --set-mark 1
arptables -A OUTPUT -j AUDIT --type accept
arptables -A OUTPUT -j NFQUEUE --queue-num 1
arptables -A OUTPUT -j CT --notrack
arptables -A OUTPUT -j TOS --set-tos 1
arptables -A OUTPUT -j SET --add-set foo src
arptables -A OUTPUT -j CHECKSUM --checksum-fill
arptables -A OUTPUT -j IDLETIMER --timeout 5 --label x
arptables -A OUTPUT -j SECMARK --selctx x
arptables -A OUTPUT -j DNAT --to-destination 1.1.1.1
arptables -L OUTPUT -n
arptables-save
arptables -j mangle -h
arptables -A INPUT --match mark -h
arptables -j MARK -h
arptables -j TRACE -h
arptables -j ACCEPT -h
arptables -j foo -h
arptables --match mark --match comment -h
arptables -A INPUT -j CLASSIFY -h

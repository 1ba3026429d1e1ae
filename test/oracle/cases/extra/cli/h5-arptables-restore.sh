arptables -A INPUT -j DROP
arptables -N old
arptables-restore <<'X'
*filter
:INPUT ACCEPT
:OUTPUT DROP
:foo -
-A INPUT -j ACCEPT -s 10.0.0.0/8
-A INPUT -j foo
[5:6] -A INPUT -j ACCEPT --opcode 1
-A INPUT 
-A OUTPUT -j mangle -o eth134 --mangle-ip-s 10.0.0.1
-A OUTPUT -j CLASSIFY -o eth432 --set-class feed:babe
-A foo -j MARK --set-mark 12345
X
arptables-save
arptables -L -v
arptables-restore <<'X'
*filter
-A INPUT -j DROP
COMMIT
X
arptables-save
arptables-restore <<'X'
*nat
X
arptables-restore <<'X'
*filter
-A nope -j DROP
X
arptables-restore <<'X'
*filter
-A INPUT -j bogus
X
arptables-restore <<'X'
*filter
-A INPUT -s 1.2.3.400
X
arptables-restore <<'X'
-A INPUT -j DROP
X
arptables-restore <<'X'
*filter
:mangle -
X
arptables-restore <<'X'
*filter
:INPUT
X
arptables-restore <<'X'
*filter
-A INPUT -t filter -j ACCEPT
X
arptables-restore <<'X'
*filter
-N x
-A x -j CLASSIFY --set-class 1:1
-A INPUT -j x
X
arptables-restore <<'X'
*filter
:INPUT BOGUS
X
arptables-save
arptables-nft-restore <<'X'
*filter
-A INPUT -s ! 1.1.1.1 -j DROP
X
arptables-nft-save
xtables-nft-multi arptables -L INPUT

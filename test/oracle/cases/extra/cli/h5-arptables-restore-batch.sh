arptables-restore <<'X'
*filter
-A INPUT -j foo
:foo -
X
arptables-save
arptables-restore <<'X'
*filter
[0:0 -A INPUT -j ACCEPT
X
arptables-restore <<'X'
*filter
[0 -A INPUT -j ACCEPT
X
arptables-restore <<'X'
*filter
-A INPUT -j ACCEPT -i "eth0"
-A INPUT -j ACCEPT -i 'eth 1'
-N bar
-A bar -j DROP
-P OUTPUT DROP
-E bar baz
COMMIT
X
arptables-save
arptables-restore <<'X'
COMMIT
X
arptables-restore <<'X'
*filter
:INPUT -
:OUTPUT DROP
-F
-X
COMMIT
X
arptables -S
arptables-restore <<'X'
*filter
-A INPUT -j ACCEPT
-A OUTPUT -j CLASSIFY --set-class 1:1
-A INPUT -j CLASSIFY --set-class 1:1
-A INPUT -j QUEUE
COMMIT
X
arptables -S
arptables-restore <<'X'
*filter
-A INPUT -j ACCEPT
-D INPUT -j DROP
-A INPUT -j DROP
COMMIT
X
arptables -S
arptables-restore <<'X'
*filter
-A INPUT -s 1.1.1.1 -j DROP
-L INPUT -n -v
-S
-Z
COMMIT
X
arptables-restore <<'X'
*filter
:foo -
:foo -
-A foo -j ACCEPT
:foo -
X
arptables -S

arptables -N abcdefghijklmnopqrstuvwxyz01
arptables -N abcdefghijklmnopqrstuvwxyz012
arptables -A abcdefghijklmnopqrstuvwxyz012 -j DROP
arptables -E abcdefghijklmnopqrstuvwxyz01 abcdefghijklmnopqrstuvwxyz0123
arptables -X a b
arptables -E a b c
arptables -A INPUT -s 1.2.3.4/33 -j DROP
arptables -A INPUT -s 1.2.3.4/255.255.0.255 -j DROP
arptables -A INPUT -s 1.2.3.4/-1 -j DROP
arptables -A INPUT -d localhost/8 -j DROP
arptables -v -I INPUT 1 -d 10.9.9.9 -j DROP
arptables -v -R INPUT 1 -d 10.9.9.8 -j ACCEPT
arptables -L INPUT -x
arptables -L INPUT -n --line-numbers -x
ip netns add blue
ip netns exec blue arptables -A OUTPUT -j DROP
ip netns exec blue arptables-save
arptables-save
arptables-restore <<'X'
*filter
:INPUT DROP [4:5]
[1:2] -A INPUT -j ACCEPT -s "10.0.0.1"
-A INPUT -j ACCEPT -c 7 8 -v
-A OUTPUT -j mangle --mangle-ip-s 10.0.0.1
-A OUTPUT -j mangle --mangle-ip-d 10.0.0.2
COMMIT
X
arptables -L -v -n
arptables-restore <<'X'
*filter
-A INPUT -j ACCEPT
COMMIT
-A INPUT -j DROP
X
arptables-restore <<'X'
*filter
-A INPUT -j ACCEPT
*filter
-A OUTPUT -j DROP
X
arptables -S
arptables-restore <<'X'
*filter
-A nope -j ACCEPT
COMMIT
X
arptables-restore <<'X'
*filter
-A INPUT -x
X
arptables-restore <<'X'
*filter
-A INPUT -h
X
arptables-restore <<'X'
*filter
-L
X
arptables-restore /tmp/nonexistent
arptables-restore -n <<'X'
*filter
X
nft list ruleset

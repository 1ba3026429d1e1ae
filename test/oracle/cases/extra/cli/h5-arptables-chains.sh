arptables -L FORWARD
arptables -P FORWARD DROP
arptables -P INPUT DROP
arptables -P INPUT RETURN
arptables -P INPUT FOO
arptables -P OUTPUT ACCEPT
arptables -L -v
arptables -N foo
arptables -N foo
arptables -N ACCEPT
arptables -N mangle
arptables -N -bad
arptables -A INPUT -j foo
arptables -A INPUT -j bar
arptables -X foo
arptables -E foo bar
arptables -E bar INPUT
arptables -E nope x
arptables -L bar
arptables -L -n --line-numbers
arptables -D INPUT 5
arptables -D INPUT -j baz
arptables -D INPUT -j bar
arptables -I INPUT 3 -j DROP
arptables -I INPUT 2 -j DROP
arptables -I INPUT -j ACCEPT
arptables -R INPUT 1 -s 1.1.1.1 -j ACCEPT
arptables -R INPUT 9 -j ACCEPT
arptables -R INPUT -j ACCEPT
arptables -C INPUT -s 1.1.1.1 -j ACCEPT
arptables -C INPUT -s 1.1.1.2 -j ACCEPT
arptables -L INPUT 2
arptables -L INPUT 9
arptables -S INPUT 1
arptables -S -v
arptables -Z INPUT 1
arptables -Z -v
arptables -F -v
arptables -X -v
arptables -X INPUT
arptables -X nope
arptables -F nope
arptables -Z nope
arptables -L nope
arptables -S nope
arptables -N x y
arptables -A INPUT
arptables -L INPUT
arptables-save
arptables -v -A INPUT -i eth0 -s 1.2.3.4 --opcode 1 -j MARK --set-mark 3
arptables -v -D INPUT -i eth0 -s 1.2.3.4 --opcode 1 -j MARK --set-mark 3
arptables -D INPUT -i eth0 -s 1.2.3.4 --opcode 1 -j MARK --set-mark 3
arptables -F
arptables -X
arptables-save
arptables -L

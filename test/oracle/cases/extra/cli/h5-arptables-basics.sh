arptables -V
arptables -L
arptables -L -n -v
arptables-save
arptables -A INPUT -s 10.0.0.1 -j DROP
arptables -A INPUT -s 10.0.0.0/8 -d 192.168.1.1 --source-mac 00:11:22:33:44:55 -j ACCEPT
arptables -A OUTPUT --opcode Request -j DROP
arptables -A OUTPUT --opcode 2 --h-length 6 --h-type 1 --proto-type 0x800 -j ACCEPT
arptables -A FORWARD -i eth0 -o eth1 -j RETURN
arptables -L
arptables -L -n
arptables -L -v
arptables -L -n -v --line-numbers
arptables -L -x -v
arptables-save
arptables-save -c
arptables -S
arptables -N FOO
arptables -A INPUT -j FOO
arptables -A FOO --destination-mac ff:ff:ff:ff:ff:ff/ff:ff:00:00:00:00 -j CONTINUE
arptables -A FOO ! -s 1.2.3.4 ! --opcode Reply -j mangle --mangle-ip-s 1.1.1.1 --mangle-mac-d 00:01:02:03:04:05
arptables -A FOO -j CLASSIFY --set-class 1:2
arptables -A FOO -j MARK --set-mark 5
arptables -L FOO
arptables-save
arptables -t nat -L
arptables -t mangle -L
arptables -Q
arptables -A NOPE -j DROP
arptables -s 1.2.3.4
arptables -h

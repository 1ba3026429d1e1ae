arptables -N x -v
arptables -P INPUT DROP -v
arptables -E x y -v
arptables -A INPUT -j ACCEPT -v -c 1 2
arptables -I INPUT 1 -v -s 1.1.1.1,2.2.2.2 -d 3.3.3.3,4.4.4.4 -j DROP
arptables -A INPUT -v ! -i eth0 ! -s 9.9.9.9 ! --src-mac 00:00:00:00:00:09 ! -d 8.8.8.8 ! --dst-mac 00:00:00:00:00:08 ! --opcode 2 ! --h-type 2 ! --proto-type 0x800 -j y
arptables -L INPUT
arptables -L INPUT -n -v --line-numbers
arptables -S INPUT
arptables -C INPUT -v -j RETURN
arptables -D INPUT 1 -v
arptables -D INPUT -v -s 2.2.2.2 -d 3.3.3.3,4.4.4.4 -j DROP
arptables -F INPUT -v
arptables -Z INPUT -v
arptables -Z OUTPUT -v
arptables -X y -v
arptables -F OUTPUT
arptables -Z OUTPUT -v
arptables -L -Z
arptables-save

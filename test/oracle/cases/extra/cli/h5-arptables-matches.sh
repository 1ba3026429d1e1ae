arptables -A INPUT -p tcp -j DROP
arptables -A INPUT --match foo -j DROP
arptables -A INPUT -m foo -j DROP
arptables -A INPUT -s 1.2.3.400 -j DROP
arptables -A INPUT -s foo.invalid -j DROP
arptables -A INPUT --source-mac 00:11:22:33:44 -j DROP
arptables -A INPUT --destination-mac zz -j DROP
arptables -A INPUT --h-length 5 -j DROP
arptables -A INPUT --h-length 6/255 -j DROP
arptables -A INPUT --h-length 6/3 -j DROP
arptables -A INPUT --h-length x -j DROP
arptables -A INPUT --opcode foo -j DROP
arptables -A INPUT --opcode request -j DROP
arptables -A INPUT --opcode 3/255 -j DROP
arptables -A INPUT --opcode 70000 -j DROP
arptables -A INPUT --h-type ethernet -j DROP
arptables -A INPUT --h-type 10 -j DROP
arptables -A INPUT --h-type 1/ff -j DROP
arptables -A INPUT --h-type zz -j DROP
arptables -A INPUT --proto-type ipv4 -j DROP
arptables -A INPUT --proto-type 0x86dd/0xff00 -j DROP
arptables -A INPUT --proto-type 2048 -j DROP
arptables -A INPUT --proto-type bad -j DROP
arptables -A INPUT --p-length 4 -j DROP
arptables -A INPUT -s ! 5.5.5.5 -j DROP
arptables -A INPUT ! -s 1.1.1.1,2.2.2.2 -j DROP
arptables -A INPUT -s 1.1.1.1,2.2.2.2 -d 3.3.3.3/24 -j ACCEPT
arptables -A INPUT -i "" -j DROP
arptables -A INPUT -i eth+ ! --h-length 6 -j DROP
arptables -A OUTPUT -i eth0 -j DROP
arptables -A INPUT -o eth0 -j DROP
arptables -A INPUT -c 5 10 -j DROP
arptables -A INPUT -c 7,8 --opcode 9 -j DROP
arptables -A INPUT --opcode 10 -j DROP
arptables -L INPUT -v -n --line-numbers
arptables -L INPUT
arptables-save -c
arptables -A INPUT -j ACCEPT -j DROP
arptables -A INPUT -s 1.1.1.1 -s 2.2.2.2
arptables -A INPUT ! -j DROP
arptables -A INPUT ! ! -s 1.1.1.1
arptables -A INPUT -s ! ! 1.1.1.1
arptables -L -s 1.1.1.1
arptables -F INPUT -n
arptables -A INPUT --source-mac ! 00:11:22:33:44:55 -j DROP
arptables -A INPUT --dst-mac Multicast -j DROP
arptables -A INPUT --src-mac BGA -j DROP
arptables -A INPUT --src-mac 00:11:22:33:44:55/ff:ff:ff:00:00:00 -j DROP
arptables -A INPUT -l 6 -j DROP
arptables -S INPUT

arptables -N u1
arptables -N u2
arptables -A u1 --h-length 4 ! -s 300.1.1.1 -j MARK --and-mark f
arptables -I nope 3 --source-mac Unicast -j TRACE
arptables -A nope -s 1.2.3.4/255.255.0.0 -o veth0
arptables -A INPUT --h-length 4 -i lo -j CONTINUE
arptables -A FORWARD --opcode Request -i veth0 -j TRACE
arptables -v -A INPUT -i eth+ -c 1 2 -d 10.0.0.0/8 -j QUEUE
arptables -R OUTPUT 2 --proto-type IPv4 -j mangle --mangle-mac-d 00:00:00:00:00:01 --mangle-target CONTINUE
arptables -A INPUT  -j ACCEPT
arptables -A u1 --h-type 6 -j u2
arptables -L -Z -v
arptables -A u2 ! -d 10.0.0.0/8 -s 10.0.0.1 -j QUEUE
arptables -D INPUT -i ens3 -c 1 2 ! --source-mac 01:00:00:00:00:00/01:00:00:00:00:00 -j TRACE
arptables -I INPUT -j MARK --or-mark 3
arptables -A INPUT -o veth0 -j RETURN
arptables -C OUTPUT --proto-type 0x86dd -j ACCEPT
arptables -v -A u1 --opcode bogus ! --h-type 6 --source-mac 01:00:00:00:00:00/01:00:00:00:00:00
arptables -A OUTPUT 
arptables -A INPUT -o eth0 -j RETURN
arptables-save
arptables -D u1 -o + --destination-mac 00:11:22:33:44:55 -j DROP
arptables -A u2 -c 100000 2000000 -i eth+ -j RETURN
arptables -R nope 1 -c 1 2 -s 1.2.3.4/255.255.0.0 -d 10.0.0.1 -j TRACE
arptables -C nope --h-length 4 -d 10.1.2.3/31 --proto-type 0x800
arptables -A u2 --h-length 4 -o eth+ -j QUEUE
arptables -A u2 --h-type 6 -j ACCEPT
arptables -S -v INPUT
arptables -A INPUT --h-type 1 -j u1
arptables -A u2  -j u2
arptables -A INPUT --h-type x -s 10.0.0.0/8 -c 1 2 -j u2
arptables -A u1 --h-type 1 -j TRACE
arptables -A nope  -j mangle --mangle-ip-s 10.9.9.9
arptables-save
arptables -A OUTPUT -i eth+ -j u2
arptables-save -c
arptables -I INPUT -i + --h-length 6/255 -j CONTINUE
arptables -v -A u2  -j mangle --mangle-ip-s 10.9.9.9
arptables -A u2 --destination-mac 0:1:2:3:4:5 --opcode 10 --h-length 4 -j ACCEPT
arptables -A u2  -j u2
arptables -A INPUT --opcode 10 --proto-type 2048 -j mangle --mangle-ip-s 10.9.9.9
arptables -v -A FORWARD -c 3,4 --source-mac zz:zz -s 192.168.1.0/24 -j MARK --and-mark f
arptables -A u2 --h-type 1/1 -i ens3 --opcode bogus -j ACCEPT
arptables -A OUTPUT --opcode 2 --proto-type IPv4 -j QUEUE
arptables -Z INPUT 1
arptables -I FORWARD 2 -j RETURN
arptables -A u2 ! -s 10.0.0.0/8 -j ACCEPT
arptables -A OUTPUT ! --h-type x --opcode 2/255 --source-mac Broadcast -j mangle --mangle-ip-s 10.9.9.9
arptables -D OUTPUT 5
arptables -A u1 -o ens3 -j RETURN
arptables -L -v
arptables -A OUTPUT --proto-type 0x800 -j QUEUE
arptables -A OUTPUT --opcode 0 --h-type 1 -j MARK --set-mark 0x10
arptables -S
arptables -v -A FORWARD ! --h-length 6/255 --opcode 10 --destination-mac aa:bb:cc:dd:ee:ff/ff:ff:ff:ff:ff:00
arptables -A FORWARD  -j TRACE
arptables -v -A INPUT --source-mac 01:00:00:00:00:00/01:00:00:00:00:00 -j RETURN
arptables -I OUTPUT 2 -j u1
arptables -I FORWARD 2 -j u1
arptables -Z INPUT 1
arptables -A INPUT -o + -j MARK --or-mark 3
arptables -S -v OUTPUT
arptables -I INPUT 2 -c 3,4 --h-length 4 -d 300.1.1.1 -j QUEUE
arptables -L -n
arptables -A FORWARD  -j mangle --mangle-mac-d 00:00:00:00:00:01 --mangle-target CONTINUE
arptables -I INPUT 1 -j CONTINUE
arptables-save
arptables -A INPUT --proto-type bad -j mangle --mangle-ip-s 10.9.9.9
arptables -A u2  -j CLASSIFY --set-class 1:10
arptables -A FORWARD --destination-mac Broadcast --source-mac 01:00:00:00:00:00/01:00:00:00:00:00 -j RETURN
arptables -A FORWARD --source-mac zz:zz --proto-type 0x800 --h-type 1/1 -j MARK --set-mark 0x10
arptables -A INPUT -s 192.168.1.0/24 -c 1 2 -j u2
arptables -L -n -v --line-numbers
arptables-save -c

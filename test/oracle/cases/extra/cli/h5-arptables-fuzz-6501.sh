arptables -N u1
arptables -N u2
arptables -A OUTPUT -c 3,4 --source-mac Broadcast -j mangle --mangle-ip-s 10.9.9.9
arptables -A OUTPUT --destination-mac 01:00:00:00:00:00/01:00:00:00:00:00 --opcode bogus -i veth0 -j u1
arptables -L -n
arptables -R OUTPUT 1 --opcode 9 -j u2
arptables -A FORWARD -o lo -c 100000 2000000 --h-length 6/255 -j TRACE
arptables -I u2 ! -i eth+
arptables -I u2 --proto-type bad ! -d 192.168.1.0/24 -j MARK --and-mark f
arptables -A OUTPUT --destination-mac Unicast -j TRACE
arptables -A OUTPUT ! -i + --destination-mac 0:1:2:3:4:5 -j MARK --or-mark 3
arptables -R FORWARD 2 --source-mac Unicast -j u2
arptables -P OUTPUT ACCEPT
arptables -A INPUT -o ens3 -c 1 2 -j MARK --and-mark f
arptables -A OUTPUT ! --proto-type 0x806/0xff00 -o + ! -i eth0 -j mangle --mangle-ip-s 10.9.9.9
arptables -A u2  -j u2
arptables -v -A FORWARD -c 100000 2000000 -j u2
arptables -D INPUT 5
arptables -A OUTPUT --proto-type 0x806/0xff00 -j u1
arptables -R OUTPUT 1 -d 10.0.0.0/8 -j MARK --set-mark 0x10
arptables -A INPUT  -j u2
arptables-save
arptables -A u1 ! -i eth0 -j RETURN
arptables -R INPUT 1 -o eth+ -i eth+ -s 192.168.1.0/24 -j u1
arptables -A u2 ! --h-type 1/1 -i eth+ -j DROP
arptables -A OUTPUT --proto-type bad --source-mac 0:1:2:3:4:5 -j QUEUE
arptables -C FORWARD  -j CLASSIFY --set-class 1:10
arptables -D OUTPUT  -j MARK --or-mark 3
arptables -A OUTPUT -s 0.0.0.0/0 -j DROP
arptables -A OUTPUT -s 300.1.1.1 -j CLASSIFY --set-class 1:10
arptables -A OUTPUT  -j CONTINUE
arptables-save -c
arptables -I OUTPUT 1 --proto-type 0x806/0xff00 -j CLASSIFY --set-class 1:10
arptables -A u1 ! --h-type 1 --destination-mac Unicast -j mangle --mangle-mac-d 00:00:00:00:00:01 --mangle-target CONTINUE
arptables -v -A OUTPUT --h-length 6 -j mangle --mangle-ip-s 10.9.9.9
arptables -L -n
arptables -A OUTPUT --h-type 1 --h-length 6 -i eth+ -j CONTINUE
arptables -I u2 -c 100000 2000000 -j RETURN
arptables -A u2 --destination-mac Broadcast -j u2
arptables -A OUTPUT --destination-mac Broadcast ! --h-length 6/255 -j CLASSIFY --set-class 1:10
arptables -R OUTPUT 1 ! -s 300.1.1.1 -j mangle --mangle-mac-d 00:00:00:00:00:01 --mangle-target CONTINUE
arptables -v -A u2  -j CLASSIFY --set-class 1:10
arptables -D u2  -j MARK --set-mark 0x10
arptables -A FORWARD -d 1.1.1.1,2.2.2.2 -i + --destination-mac Broadcast -j mangle --mangle-mac-d 00:00:00:00:00:01 --mangle-target CONTINUE
arptables -A OUTPUT --source-mac Broadcast --opcode Request --h-length 6
arptables -C INPUT 
arptables -C u1 ! --destination-mac aa:bb:cc:dd:ee:ff/ff:ff:ff:ff:ff:00 --proto-type 0x800 -j mangle --mangle-ip-s 10.9.9.9
arptables -A u1 --opcode 2/255 -j TRACE
arptables -A nope -o eth0 --h-type 1 --destination-mac zz:zz -j MARK --and-mark f
arptables -v -A FORWARD --h-type 0x10 --source-mac 00:11:22:33:44:55 ! -d 10.0.0.1 -j mangle --mangle-mac-d 00:00:00:00:00:01 --mangle-target CONTINUE
arptables-save
arptables -v -A INPUT ! --h-type 1
arptables -A u1 --destination-mac zz:zz -j ACCEPT
arptables -D u1 -c 1 2 --h-type 1/1 -j CONTINUE
arptables -R OUTPUT 1 --proto-type 0x806/0xff00 --source-mac zz:zz ! -o eth+ -j mangle --mangle-ip-s 10.9.9.9
arptables -A OUTPUT --opcode InARP_Request -c 1 2 -s 10.0.0.0/8 -j MARK --set-mark 0x10
arptables -A OUTPUT --destination-mac aa:bb:cc:dd:ee:ff/ff:ff:ff:ff:ff:00 -s 0.0.0.0/0 -j ACCEPT
arptables -A u2 --destination-mac zz:zz -j MARK --and-mark f
arptables -A INPUT  -j TRACE
arptables -A nope  -j QUEUE
arptables -A nope -o eth+ --h-type Ethernet -i lo -j TRACE
arptables -A INPUT --proto-type IPv4 -j CLASSIFY --set-class 1:10
arptables -v -A INPUT  -j QUEUE
arptables -A FORWARD ! --source-mac 00:11:22:33:44:55 -j CLASSIFY --set-class 1:10
arptables -A OUTPUT  -j u1
arptables -L -n INPUT
arptables -A u1 ! --proto-type 0x806/0xff00 -j u1
arptables-save
arptables -A INPUT  -j CLASSIFY --set-class 1:10
arptables -S
arptables -A INPUT --h-length 6 -j TRACE
arptables -A OUTPUT -o eth0 --proto-type 0x806/0xff00 -i ens3 -j ACCEPT
arptables -L -n -v --line-numbers
arptables-save -c

arptables-restore <<'X'
*filter
:u1 -
:u2 -
-N u1
-N u2
-A INPUT  -j MARK --and-mark f
-A INPUT -c 1 2 -j u1
-A INPUT -d 10.0.0.1 --source-mac 0:1:2:3:4:5 -j DROP
-A u2  -j CLASSIFY --set-class 1:10
-A FORWARD --h-type 1 --opcode InARP_Request -j TRACE
-A nope -s 192.168.1.0/24 -j MARK --set-mark 0x10
-A nope -s 300.1.1.1 ! --destination-mac 01:00:00:00:00:00/01:00:00:00:00:00 -i eth+ -j mangle --mangle-ip-s 10.9.9.9
-I u2 --destination-mac 00:11:22:33:44:55 -o lo -s 10.0.0.1
-A INPUT  -j CLASSIFY --set-class 1:10
-D OUTPUT --opcode 10 --proto-type 0x86dd ! -s 300.1.1.1 -j MARK --set-mark 0x10
COMMIT
X
arptables-save -c
arptables-restore <<'X'
*filter
:INPUT DROP
:u1 -
:u2 -
-D u1 5
-A OUTPUT  -j mangle --mangle-ip-s 10.9.9.9
-A INPUT --destination-mac Unicast --source-mac 0:1:2:3:4:5 -j u2
-A INPUT --h-length 4 -j MARK --and-mark f
-A INPUT ! --proto-type IPv4 -c 3,4 -j DROP
-A FORWARD -s 10.0.0.0/8 --opcode reply -j RETURN
-I OUTPUT 1 -j MARK --or-mark 3
-v -A FORWARD ! -o ens3 ! --destination-mac Broadcast -j ACCEPT
-A INPUT -c 3,4 ! --proto-type bad -j MARK --or-mark 3
-A OUTPUT -o eth+ ! -d 0.0.0.0/0 -j MARK --set-mark 0x10
-A OUTPUT -c 3,4 -o + -j QUEUE
-A INPUT  -j u1
COMMIT
X
arptables-save -c
arptables-restore <<'X'
*filter
:u1 -
:u2 -
-v -A FORWARD -s 10.0.0.0/8 -c 1 2 -j MARK --set-mark 0x10
-I nope 3 -j mangle --mangle-ip-s 10.9.9.9
-D u2 -d 10.0.0.1 --h-type Ethernet ! -i veth0 -j u2
-v -A INPUT --h-type 0x10 -j MARK --and-mark f
-v -I OUTPUT 2 -j u2
-D u1 2
-R nope 2 --destination-mac 00:11:22:33:44:55 -j MARK --or-mark 3
-A u2 -c 3,4 -j TRACE
-A FORWARD 
-v -A FORWARD --h-type 0x10 --opcode 10 -j DROP
-D OUTPUT 2
-A u2 -d 0.0.0.0/0 -j mangle --mangle-ip-s 10.9.9.9
COMMIT
X
arptables-save -c
arptables-restore <<'X'
*filter
:INPUT DROP
:u1 -
:u2 -
-A INPUT --proto-type 0x800 -j mangle --mangle-ip-s 10.9.9.9
-A u2  -j MARK --and-mark f
-F -v
-A INPUT --h-type x -j u1
-A nope --proto-type 0x800 --h-type 6 -j u1
-A FORWARD ! -i eth+ -s 10.0.0.1 -d 10.0.0.1 -j RETURN
-v -D INPUT 1
-A INPUT -s 1.2.3.4/255.255.0.0 -d 10.1.2.3/31 -j RETURN
-D INPUT 5
-A nope -d 300.1.1.1 ! --h-length 6 -c 1 2 -j MARK --and-mark f
-A OUTPUT --destination-mac Unicast -d 10.0.0.0/8 --opcode bogus -j CLASSIFY --set-class 1:10
-v -R nope 1 --source-mac 00:11:22:33:44:55 -j RETURN
X
arptables-save -c

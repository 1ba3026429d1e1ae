arptables -N INPUT
arptables -N FORWARD
arptables -L
arptables -A INPUT -j INPUT
arptables -A INPUT -j OUTPUT
arptables -A OUTPUT -j ACCEPT
arptables -A INPUT -j OUTPUT
arptables -N a
arptables -N b
arptables -A a -j b
arptables -A b -j a
arptables -I b -j a
arptables -E a c
arptables -L -n
arptables -E c INPUT
arptables -E INPUT z
arptables -E c b
arptables -E c
arptables -E c "x y"
arptables -E c -bad
arptables -X a
arptables -F a
arptables -X c
arptables -X FORWARD
arptables -D b 1
arptables -X c
arptables -L -n
arptables -P
arptables -P INPUT
arptables -P a DROP
arptables -D
arptables -D INPUT 0
arptables -D INPUT x
arptables -I INPUT 0 -j ACCEPT
arptables -I INPUT -1 -j ACCEPT
arptables -L INPUT x
arptables -L -n -x
arptables -S -n
arptables -L -c 1 2
arptables -A INPUT -c 1
arptables -A INPUT -c x 2 -j ACCEPT
arptables -A INPUT -c 1 y -j ACCEPT
arptables -A INPUT -c 1,2,3 -j ACCEPT
arptables -A INPUT -c 100000 99999 -j ACCEPT
arptables -L INPUT -v
arptables -A INPUT -s localhost -d loopback -j ACCEPT
arptables -A INPUT -s 10.0.0.1/255.0.255.0 -j ACCEPT
arptables -A INPUT -d 10.0.0.1/0 -j ACCEPT
arptables -A INPUT ! -d 0.0.0.0/0 -j ACCEPT
arptables -L INPUT
arptables -S INPUT
arptables -A INPUT -i eth0 -i eth1
arptables -A INPUT -i 0123456789abcdef
arptables -A INPUT -i eth0+x
arptables -A INPUT -i ! eth0 -j ACCEPT
arptables -A INPUT -x -j ACCEPT
arptables -A INPUT -n -j ACCEPT
arptables -A INPUT --line-numbers -j ACCEPT
arptables -P INPUT DROP -c 1 2
arptables -L -v INPUT
arptables -A INPUT ! --source-mac 01:02:03:04:05:06/ff:ff:ff:ff:ff:00 ! --h-type 6 ! --proto-type 0x800/0xfff0 -j DROP
arptables -L INPUT 
arptables -D INPUT --source-mac 01:02:03:04:05:06/ff:ff:ff:ff:ff:00 ! --h-type 6 ! --proto-type 0x800/0xfff0 -j DROP
arptables -D INPUT ! --source-mac 01:02:03:04:05:06/ff:ff:ff:ff:ff:00 ! --h-type 6 ! --proto-type 0x800/0xfff0 -j DROP
arptables -t
arptables -t filter
arptables -t filter -t filter -L
arptables -L -t bogus
arptables -A INPUT -j ACCEPT -t nat
arptables-save -c -M /bin/true
arptables-nft-save --counters
arptables-save --bogus
arptables-save -c extra
arptables -A OUTPUT -j MARK --set-mark 1 --set-mark 2
arptables -A OUTPUT -j CLASSIFY --set-class 1:2 --set-class 3:4
arptables -A OUTPUT -j mangle --mangle-ip-s 1.1.1.1 --mangle-ip-s 2.2.2.2
arptables -A OUTPUT -j mangle --mangle-ip-s 1.1.1.1,2.2.2.2
arptables -A OUTPUT -j MARK ! --set-mark 1
arptables -A OUTPUT -j CLASSIFY ! --set-class 1:2
arptables -A OUTPUT -j MARK --set-mark -1
arptables -A OUTPUT -j MARK --set-mark " 0x1f"
arptables -A OUTPUT -j CLASSIFY --set-class 0x1:0x2
arptables -S OUTPUT

arptables
arptables -A
arptables --append INPUT --src-ip 10.1.1.1 --destination-ip 10.1.1.2 --jump DROP
arptables --list INPUT --numeric
arptables --dest 1.1.1.1
arptables -A INPUT --dst 1.1.1.1 -j DROP
arptables -A INPUT --foo
arptables -A INPUT -s
arptables -A INPUT -j
arptables -A IN -d 192.168.0.10 -j DROP
arptables -A OUT -s 192.168.0.10 -j mangle --mangle-ip-s 192.168.0.20
arptables -A INPUT -d 192.168.0.10 -j DROP
arptables -A OUTPUT -s 192.168.0.10 -j mangle --mangle-ip-s 192.168.0.20
arptables -A OUTPUT -o lo -s 192.168.0.10 -j mangle --mangle-ip-s 192.168.0.20 --mangle-mac-s 02:00:00:00:00:01
arptables -nvL
arptables -L -n -x -v --line-numbers OUTPUT
arptables -t filter -S
arptables-save > /tmp/arp.rules
arptables -F
arptables -L -n
arptables-restore < /tmp/arp.rules
arptables -L -n
cat /tmp/arp.rules | grep -v '^#'
arptables -D OUTPUT 1
arptables -D OUTPUT -o lo -s 192.168.0.10 -j mangle --mangle-ip-s 192.168.0.20 --mangle-mac-s 02:00:00:00:00:01
arptables -D INPUT -d 192.168.0.10 -j ACCEPT
arptables -D INPUT -d 192.168.0.10 -j DROP --opcode 2
arptables -S
arptables -P INPUT DROP
arptables -A INPUT --opcode Request -d 10.0.0.1 -j ACCEPT
arptables -A INPUT --opcode Reply -s 10.0.0.0/24 --source-mac 52:54:00:00:00:00/ff:ff:ff:00:00:00 -j ACCEPT
arptables -I INPUT 2 -i eth0 ! --opcode 1 -j RETURN
arptables -L INPUT 2
arptables -L INPUT 2 --line-numbers -v
arptables -S INPUT 2
arptables -L --line-numbers
arptables -Z INPUT 1
arptables -L -Z -v
arptables -C INPUT --opcode Request -d 10.0.0.1 -j ACCEPT
arptables -C INPUT --opcode Reply -d 10.0.0.1 -j ACCEPT
arptables -C INPUT -d 10.0.0.1 -j DROP
arptables -v -C INPUT -d 10.0.0.1 -j ACCEPT
arptables -R INPUT 1 -d 10.0.0.2 -j ACCEPT -c 3 4
arptables -L INPUT -v -n
arptables -X INPUT
arptables -P INPUT ACCEPT
arptables -F INPUT
arptables -X INPUT
arptables -L -v
arptables -X OUTPUT
arptables -L -v
arptables -X
arptables-save
arptables -E INPUT FOO
arptables -N FOO -j DROP
arptables -L -o eth0
arptables -h -A INPUT
arptables --help
arptables -A INPUT --opcode 1 --opcode 2
arptables -A INPUT --src-mac 1:2:3:4:5:6 --source-mac 1:2:3:4:5:6
arptables -L --line-numbers --line-numbers
arptables -L -Z INPUT 1
arptables -Z INPUT 1 -L

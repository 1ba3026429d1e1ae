# nf_tables handles of restored rules, read by -vv only after other commands have run
iptables-restore <<'X'
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:a - [0:0]
:b - [0:0]
-A INPUT -s 10.0.0.1 -j a
-A a -p tcp --dport 22 -j ACCEPT
-A a -p tcp --dport 80 -j ACCEPT
-A b -j RETURN
-A INPUT -j b
-A OUTPUT -d 10.9.9.9 -j DROP
-D a -p tcp --dport 80 -j ACCEPT
-A a -p udp -j ACCEPT
COMMIT
X
iptables -L -n > /dev/null
iptables -A INPUT -s 10.0.0.2 -j DROP
iptables -D a 1
iptables -I b -j ACCEPT
iptables -N c
iptables -A c -j RETURN
iptables -C INPUT -j b
iptables -Z
iptables -P FORWARD DROP
iptables -F c
iptables -vv -S
iptables -vv -A c -j ACCEPT
iptables-restore <<'X'
*filter
:INPUT ACCEPT [0:0]
:x - [0:0]
:y - [0:0]
-A INPUT -j x
-A x -j y
-A y -j ACCEPT
-A INPUT -j DROP
COMMIT
X
iptables -S > /dev/null
iptables -R INPUT 2 -j ACCEPT
iptables -vv -S INPUT
iptables-restore <<'X'
*filter
:INPUT ACCEPT [0:0]
:x - [0:0]
:y - [0:0]
-A INPUT -j x
-A x -j y
-A y -j ACCEPT
COMMIT
X
iptables -L > /dev/null
iptables -E y z
iptables -vv -S
iptables-restore <<'X'
*filter
:INPUT ACCEPT [0:0]
:x - [0:0]
:y - [0:0]
-A INPUT -j x
-A y -j ACCEPT
COMMIT
X
iptables -S > /dev/null
iptables -X y
iptables -N y
iptables -vv -A y -j DROP
iptables -vv -S
iptables-restore <<'X'
*filter
:INPUT ACCEPT [0:0]
:x - [0:0]
-A INPUT -j x
-A x -j ACCEPT
COMMIT
X
iptables -S > /dev/null
iptables-restore --noflush <<'X'
*filter
:w - [0:0]
-A x -j w
-A w -j RETURN
-I INPUT -j ACCEPT
COMMIT
X
iptables -A INPUT -j DROP
iptables -vv -S
iptables-restore <<'X'
*nat
:PREROUTING ACCEPT [0:0]
:s - [0:0]
-A PREROUTING -j s
-A s -p tcp -j DNAT --to-destination 10.1.1.1
COMMIT
X
iptables-restore --noflush <<'X'
*nat
-A s -p udp -j DNAT --to-destination 10.1.1.2
COMMIT
X
iptables -t nat -A s -j RETURN
iptables -vv -t nat -S

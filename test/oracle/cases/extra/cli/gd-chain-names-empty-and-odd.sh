iptables --table=nat --list --numeric
iptables --table nat --list-rules POSTROUTING
iptables -t nat -S -v
iptables -N 1
iptables -N "a b"
iptables -N ACCEPT
iptables -N RETURN
iptables -N QUEUE
iptables -N NFQUEUE
iptables -N LOG
iptables -N INPUT
iptables -N é
iptables -N a.b-c_d:e
iptables -N '!'
iptables -N ''
iptables -A 1 -j RETURN
iptables -A INPUT -j 1
iptables -A INPUT -j a.b-c_d:e
iptables -A INPUT -j QUEUE
iptables -A INPUT -j NFQUEUE
iptables -S
iptables -L -n
iptables -X INPUT
iptables -F nosuch
iptables -Z nosuch
iptables -L nosuch
iptables -S nosuch
iptables -E 1 2
iptables -E 2 a.b-c_d:e
iptables -E 2 ''
iptables -L INPUT -n
iptables -X
iptables -F
iptables -X
iptables -S
ip6tables -N ''
iptables-legacy -N ''
iptables-legacy -N X
iptables-legacy -E X ''
iptables-legacy -S
iptables-restore --noflush <<'X'
*filter
-N ''
COMMIT
X

iptables-legacy -N a
iptables-legacy -A a -s 1.1.1.1
iptables-legacy -vv -N a
iptables-legacy -vv -I a 5 -j ACCEPT
iptables-legacy -vv -R a 5 -j ACCEPT
iptables-legacy -vv -D a 5
iptables-legacy -vv -D a -s 9.9.9.9
iptables-legacy -vv -C a -s 9.9.9.9
iptables-legacy -vv -P a DROP
iptables-legacy -vv -Z a 7
iptables-legacy -vv -L a 7
iptables-legacy -vv -A INPUT -j a
iptables-legacy -vv -X a
iptables-legacy -vv -X INPUT
iptables-legacy -vv -E a INPUT
iptables-legacy -vv -A a -j INPUT
iptables-legacy -vv -I a 1 -j a

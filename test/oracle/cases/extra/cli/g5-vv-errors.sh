iptables -vv -N a
iptables -vv -A a -s 1.2.3.4
iptables -vv -C a -s 9.9.9.9
iptables -vv -D a -s 9.9.9.9
iptables -vv -D a 5
iptables -vv -R a 3 -j DROP
iptables -vv -A nosuch -j ACCEPT
iptables -vv -I INPUT 3 -j ACCEPT
iptables -vv -A a -j nosuch
iptables -vv -A a -j a
iptables -vv -N a
iptables -vv -X INPUT
iptables -vv -E a INPUT
iptables -vv -E a b
iptables -vv -L -n --line-numbers
iptables -v -v -A b -d 5.6.7.8 -j RETURN
iptables -vv -C b -j b
iptables -vv -A b -j TTL --ttl-set 3
iptables -vv -A b -j RETURN
iptables -vv -S b
iptables -vv -X b
iptables -vv -F b
iptables -vv -X b

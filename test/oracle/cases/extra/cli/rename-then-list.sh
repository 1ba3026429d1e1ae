iptables -N OLD
iptables -A INPUT -j OLD
iptables -A OLD -j RETURN
iptables -E OLD NEW
iptables -L -n
iptables -S
iptables -E NEW INPUT
iptables -E NOPE X
iptables -E NEW NEW
iptables -E INPUT FOO

iptables -A INPUT
iptables -X INPUT
iptables -vv -X INPUT
iptables -t nat -P OUTPUT DROP
iptables -t nat -X OUTPUT
iptables -vv -t nat -X OUTPUT
iptables -vv -t nat -X POSTROUTING
iptables -t nat -X POSTROUTING
iptables -vv -t nat -X
iptables -vv -t nat -S
iptables -vv -D INPUT 1
iptables -vv -X INPUT
iptables -vv -S

iptables -N Z
iptables -N A
iptables -N M
iptables -A INPUT -j Z
iptables -A Z -j A
iptables -A A -j M
iptables-save
iptables-save -c
iptables -S -v

iptables -t mangle -F
iptables -F
iptables-save
iptables -t nat -F INPUT
iptables -t raw -F -v
iptables -t security -F NOPE
iptables-save
iptables -t mangle -F -v
iptables -t mangle -S
iptables-save -t mangle

which iptables-xml iptables
type iptables-xml
command -v iptables-xml
iptables -A INPUT -s 10.0.0.1 -j DROP
iptables-save | iptables-xml | grep -v Generated | grep -v Completed

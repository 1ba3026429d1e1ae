iptables-translate -A INPUT -p tcp -m conntrack --ctdir REPLY --ctrepldstport 9 --ctorigsrcport 7 --ctreplsrc 1.1.1.1 --ctorigdst 2.2.2.2 --ctexpire 5:10 --ctstatus SEEN_REPLY --ctstate NEW --ctproto tcp --ctorigsrc 3.3.3.3
iptables -A INPUT -p tcp -m conntrack --ctdir REPLY --ctrepldstport 9 --ctorigsrcport 7 --ctreplsrc 1.1.1.1 --ctorigdst 2.2.2.2 --ctexpire 5:10 --ctstatus SEEN_REPLY --ctstate NEW --ctproto tcp --ctorigsrc 3.3.3.3
iptables -S INPUT
iptables-translate -A INPUT -m addrtype --dst-type LOCAL --src-type UNICAST
iptables-translate -A INPUT -m addrtype ! --dst-type LOCAL --src-type UNICAST --limit-iface-out
iptables-translate -A INPUT -m addrtype --dst-type LOCAL,NAT,THROW
iptables-translate -A INPUT -m addrtype --src-type THROW
iptables-translate -A INPUT -m addrtype --dst-type LOCAL --limit-iface-in
iptables-translate -A INPUT -p TCP -m recent --set
iptables-translate -A INPUT --proto UDP -m recent --set
iptables-translate -A INPUT --protocol Icmp -m recent --set
iptables-translate -A INPUT -pUDP -m recent --set
iptables-translate -A INPUT -s 1.1.1.1,2.2.2.2,3.3.3.3 -m recent --set
iptables-translate -A INPUT -s 1.1.1.1,2.2.2.2 -d 3.3.3.3,4.4.4.4 -m recent --set
iptables-translate -A INPUT -d 3.3.3.3,4.4.4.4 -m recent --set
iptables-translate -A INPUT -m addrtype --dst-type LOCAL ! --src-type UNICAST
iptables-translate -A INPUT -m addrtype ! --src-type UNICAST
iptables-translate -A INPUT -m addrtype ! --dst-type UNICAST
iptables-translate -A INPUT -m conntrack --ctproto udp --ctdir ORIGINAL

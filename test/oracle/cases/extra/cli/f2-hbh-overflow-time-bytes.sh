# hbh/dst option numbers: strtoul's ERANGE ('would overflow'), exact wrap to a byte otherwise;
# time copies day words into byte buffers (3 and 2 bytes), so UTF-8 text is cut mid-character.
ip6tables -A INPUT -m hbh --hbh-opts 18446744073709551616
ip6tables -A INPUT -m hbh --hbh-opts 18446744073709551615
ip6tables -A INPUT -m hbh --hbh-opts -18446744073709551616
ip6tables -A INPUT -m dst --dst-opts 1:18446744073709551616
ip6tables -A INPUT -m dst --dst-opts 4294967297:0x101
ip6tables -A INPUT -m dst --dst-opts 0777:-1
ip6tables-legacy -A INPUT -m hbh --hbh-opts 18446744073709551616
ip6tables -S INPUT
iptables -A INPUT -m time --weekdays 'é€' --monthdays 65536
iptables -A INPUT -m time --monthdays 'é'
iptables -A INPUT -m time --weekdays 'Mé'
iptables -A INPUT -m time --weekdays '€'

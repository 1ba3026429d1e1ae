# CT --notrack keeps 4 bytes of its --timeout name (6.x), -C compares them; xt_time keeps weekdays
# in a byte (big day numbers set nothing, '!' then gives all days); ipvs --vport/--vportctl
# take one port (getaddrinfo), not a range.
iptables -t raw -A PREROUTING -j CT --notrack --timeout abcdefgh
iptables -t raw -A PREROUTING -j CT --notrack --timeout abc
iptables -t raw -A PREROUTING -j CT --notrack --timeout abcde --zone 5
iptables -t raw -A PREROUTING -j CT --notrack --timeout abcdefghij --helper ftp
iptables -t raw -A PREROUTING -j CT --notrack --timeout ""
iptables -t raw -S
iptables -t raw -L -n
iptables -t raw -C PREROUTING -j CT --notrack --timeout abcdefgh
iptables -t raw -C PREROUTING -j CT --notrack --timeout abcdXXXX
iptables -t raw -C PREROUTING -j CT --notrack --timeout abcd
ip6tables -t raw -A PREROUTING -j CT --notrack --timeout abcdefgh
ip6tables -t raw -S
iptables-legacy -t raw -A PREROUTING -j CT --notrack --timeout abcdefgh
iptables-legacy -t raw -S
iptables -A INPUT -m time ! --weekdays 18446744073709551616
iptables -A INPUT -m time --weekdays 18446744073709551616
iptables -A INPUT -m time --weekdays 4294967297
iptables -A INPUT -m time --weekdays 9
iptables -A INPUT -m time ! --weekdays 7
iptables -A INPUT -m time ! --weekdays 1,2,3,4,5,6,7
iptables -A INPUT -m time --weekdays 1,2,3,4,5,6,7
iptables -A INPUT -m time --weekdays Mon,Tue,Wed,Thu,Fri,Sat,Sun
iptables -S INPUT
iptables -A INPUT -p tcp -m ipvs --vport 2:1
iptables -A INPUT -p tcp -m ipvs --vport ssh
iptables -A INPUT -p tcp -m ipvs --vport 0
iptables -A INPUT -p tcp -m ipvs --vport 65536
iptables -A INPUT -p tcp -m ipvs --vportctl 2:1
iptables -A INPUT -p tcp -m ipvs --vportctl http

# ebtables-nft: rule options (-p names/numbers/LENGTH, MACs and masks, interfaces, ip match), insert/delete by number and range, policies, kernel refusals
ebtables-save; echo rc=$?
ebtables -t nat -L >/dev/null; ebtables-save | grep -v '^#'
ebtables -A INPUT --ip-src 1.2.3.4 -j ACCEPT; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-dport 80 -j ACCEPT; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto udp --ip-sport 1000:2000 --ip-dport ! 53 -j ACCEPT; echo rc=$?
ebtables -A INPUT -p ! IPv4 -j DROP; echo rc=$?
ebtables -A INPUT ! -p ARP -j DROP; echo rc=$?
ebtables -A INPUT -p 0x0800 --ip-src ! 10.1.2.3/255.255.0.0 --ip-tos 16 --ip-proto 1 -j ACCEPT; echo rc=$?
ebtables -A INPUT -p LENGTH -j ACCEPT; echo rc=$?
ebtables -A INPUT -p 0x1234 -j ACCEPT; echo rc=$?
ebtables -A INPUT -p 0x0500 -j ACCEPT; echo rc=$?
ebtables -A INPUT -p 802_1Q -j ACCEPT; echo rc=$?
ebtables -A INPUT -p ipv6 -j ACCEPT; echo rc=$?
ebtables -A INPUT -s 00:11:22:33:44:55/ff:ff:ff:00:00:00 -d Multicast -j ACCEPT; echo rc=$?
ebtables -A INPUT -s ! Unicast -d BGA -j ACCEPT; echo rc=$?
ebtables -A INPUT -d 01:00:00:00:00:00/01:00:00:00:00:00 -s 0:1:2:3:4:5 -j ACCEPT; echo rc=$?
ebtables -A INPUT -s 00:11:22:33:44 -j ACCEPT; echo rc=$?
ebtables -A INPUT -i eth+ -i eth1 -j ACCEPT; echo rc=$?
ebtables -A INPUT -i ! eth+ -j ACCEPT; echo rc=$?
ebtables -A INPUT -o eth0 -j ACCEPT; echo rc=$?
ebtables -A OUTPUT -i eth0 -j ACCEPT; echo rc=$?
ebtables -A INPUT -i et+h -j ACCEPT; echo rc=$?
ebtables -A INPUT -j FOO; echo rc=$?
ebtables -A INPUT -j RETURN; echo rc=$?
ebtables -L --Ln
ebtables -I INPUT 2 -p ARP -j ACCEPT; ebtables -I INPUT -j DROP; ebtables -I INPUT 99 -j DROP; echo rc=$?
ebtables -L INPUT --Ln
ebtables -D INPUT -p ARP -j ACCEPT; echo rc=$?
ebtables -D INPUT -p ARP -j ACCEPT; echo rc=$?
ebtables -D INPUT 2:4; echo rc=$?; ebtables -L INPUT --Ln
ebtables -D INPUT 40; echo rc=$?
ebtables -D INPUT 0; echo rc=$?
ebtables -N U; ebtables -N U; echo rc=$?
ebtables -P U DROP; ebtables -L U; ebtables-save | grep U
ebtables -P INPUT RETURN; echo rc=$?
ebtables -P INPUT CONTINUE; echo rc=$?
ebtables -P INPUT FOO; echo rc=$?
ebtables -P INPUT; echo rc=$?
ebtables -X INPUT; echo rc=$?
ebtables -X NOPE; echo rc=$?
ebtables -E NOPE X; echo rc=$?
ebtables -E U INPUT; echo rc=$?
ebtables -L NOPE; echo rc=$?
ebtables -F NOPE; echo rc=$?
ebtables -Z NOPE; echo rc=$?
ebtables -N -x; echo rc=$?
ebtables -A INPUT -c 5 10 -j ACCEPT; ebtables -L INPUT --Lc | tail -1; ebtables-save -c | grep -- '-c\|\['
ebtables -X; ebtables -L

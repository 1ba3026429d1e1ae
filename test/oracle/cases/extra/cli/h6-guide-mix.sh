# what guides type: ifconfig | awk, wget to a local serve by address and by localhost (IPv4 only), a loopback alias, lo renumbered, a dropped port timing out
ifconfig | awk '/inet /{print $2}'
ifconfig -a | grep -c mtu
serve tcp 8080
wget -qO- 127.0.0.1:8080
wget -qO- http://localhost:8080/
wget -O - http://localhost:8080/ 2>&1 | grep -v -e '^--' -e 'B/s' -e '=0s'
ifconfig lo:0 127.0.0.10 up
ifconfig | grep -A1 '^lo'
ifconfig lo:0 down
ifconfig lo:0
arp -a | wc -l
ifconfig lo 127.0.0.1 netmask 255.255.255.0
ip route show table local
ifconfig lo | head -2
iptables -A INPUT -p tcp --dport 8080 -j DROP
wget -q -T 1 -t 1 -O - http://127.0.0.1:8080/; echo rc=$?
wget -t 1 -T 1 http://127.0.0.1:8080/ 2>&1 | sed 's/^--[0-9: -]*--/--DATE--/'

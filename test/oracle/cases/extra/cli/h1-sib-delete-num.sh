ip6tables -A INPUT -p tcp --dport 1 -j ACCEPT
ip6tables -D INPUT 2
echo rc=$?
ip6tables -D INPUT 0
echo rc=$?
ip6tables -D OUTPUT 1
echo rc=$?
ip6tables -D INPUT -1
echo rc=$?
ip6tables -D INPUT abc
echo rc=$?
ip6tables -D INPUT 1 extra
echo rc=$?
ip6tables -D INPUT 1
ip6tables -S INPUT
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -t nat -D POSTROUTING 2
echo rc=$?
iptables -t nat -D PREROUTING 1
echo rc=$?
iptables -t nat -D POSTROUTING 1
iptables -t nat -S
iptables -N U
iptables -D U 1
echo rc=$?
iptables -A U -j RETURN
iptables -A U -j ACCEPT
iptables -A U -j DROP
iptables -D U 3
iptables -D U 1
iptables -S U
iptables -L U -n --line-numbers
iptables --delete U 1
iptables -S U
iptables -D U 99999999999
echo rc=$?
iptables -D U 4294967296
echo rc=$?
iptables -D U 2147483648
echo rc=$?
iptables -D U 0x1
echo rc=$?
iptables -D U +1
echo rc=$?
iptables -D U 01
echo rc=$?
iptables-legacy -D INPUT 1
echo rc=$?
iptables-legacy -D INPUT 0
echo rc=$?

ip6tables -N C1
ip6tables -A C1 -j RETURN
ip6tables -A INPUT -j C1
ip6tables -S C1
ip6tables -S INPUT 1
ip6tables -S INPUT 2
echo rc=$?
ip6tables -L INPUT 1
ip6tables -L INPUT 2
echo rc=$?
iptables -N C1
iptables -A C1 -s 1.2.3.4 -j RETURN
iptables -A C1 -d 5.6.7.8 -j DROP
iptables -A INPUT -j C1
iptables -S INPUT 0
echo rc=$?
iptables -S INPUT -1
echo rc=$?
iptables -S C1 2
iptables -S C1 3
echo rc=$?
iptables -L C1 2
iptables -L C1 2 -n
iptables -L C1 2 -n -v
iptables -L C1 1 -v -x
iptables -L C1 1 --line-numbers
iptables -L C1 0
echo rc=$?
iptables -L C1 abc
echo rc=$?
iptables -S C1 abc
echo rc=$?
iptables -S 1
echo rc=$?
iptables -L 1
echo rc=$?
iptables -t nat -N N1
iptables -t nat -A N1 -j MASQUERADE
iptables -t nat -S N1 1
iptables -t nat -L N1 1 -n
iptables -t nat -S N1
iptables --list-rules C1 1
iptables --list C1 1 --numeric
iptables -L FORWARD -n
iptables -L OUTPUT
iptables -S OUTPUT
iptables -S FORWARD 1
echo rc=$?
ip6tables -L FORWARD -n
ip6tables -S OUTPUT
ip6tables -L NOPE
echo rc=$?
ip6tables -S NOPE
echo rc=$?
iptables-legacy -N C1
iptables-legacy -A C1 -j RETURN
iptables-legacy -A INPUT -j C1
iptables-legacy -S INPUT 1
iptables-legacy -S INPUT 2
echo rc=$?
iptables-legacy -L INPUT 2
echo rc=$?
iptables-legacy -L INPUT 1
iptables-legacy -L NOPE
echo rc=$?
iptables-legacy -S NOPE
echo rc=$?

ip6tables -L INPUT -p tcp
echo rc=$?
ip6tables -F INPUT -s ::1
echo rc=$?
ip6tables -X -j ACCEPT
echo rc=$?
ip6tables -Z INPUT --line-numbers
echo rc=$?
ip6tables -A INPUT --line-numbers -j ACCEPT
echo rc=$?
ip6tables -S INPUT -n
echo rc=$?
iptables -L INPUT -s 10.0.0.1
echo rc=$?
iptables -L INPUT -j ACCEPT
echo rc=$?
iptables -L INPUT -i eth0
echo rc=$?
iptables -S -v
echo rc=$?
iptables -S INPUT -x
echo rc=$?
iptables -S --line-numbers
echo rc=$?
iptables -F -x
echo rc=$?
iptables -N X -p tcp
echo rc=$?
iptables -X X -v
echo rc=$?
iptables -P INPUT ACCEPT -p tcp
echo rc=$?
iptables -P INPUT ACCEPT -v
echo rc=$?
iptables -E X Y -s 1.1.1.1
echo rc=$?
iptables -D INPUT 1 -p tcp
echo rc=$?
iptables -C INPUT --line-numbers -j ACCEPT
echo rc=$?
iptables -I INPUT -n -j ACCEPT
echo rc=$?
iptables -A INPUT -x -j ACCEPT
echo rc=$?
iptables -R INPUT 1 --line-numbers -j ACCEPT
echo rc=$?
iptables -Z -n
echo rc=$?
iptables -L -Z -n
echo rc=$?
iptables-legacy -L INPUT -p tcp
echo rc=$?
iptables-legacy -S INPUT -n
echo rc=$?
iptables-legacy -A INPUT --line-numbers -j ACCEPT
echo rc=$?
iptables -L -n -L
echo rc=$?
iptables -A INPUT -j ACCEPT -A INPUT
echo rc=$?
iptables -L -S
echo rc=$?
iptables -S -L
echo rc=$?
iptables -N X -X X
echo rc=$?
iptables -F -X
echo rc=$?
iptables -Z -L
echo rc=$?
iptables -L -Z
echo rc=$?
iptables -P INPUT DROP -P OUTPUT DROP
echo rc=$?
iptables -C INPUT -j ACCEPT -D INPUT 1
echo rc=$?
ip6tables -A INPUT -D INPUT -j ACCEPT
echo rc=$?
ip6tables -L -F
echo rc=$?
iptables-legacy -A INPUT -D INPUT -j ACCEPT
echo rc=$?
iptables-legacy -L -F
echo rc=$?
iptables -S

iptables -A INPUT -c 10 2000 -j ACCEPT
iptables -A INPUT --set-counters 5 500 -p tcp -j ACCEPT
iptables -I INPUT 1 -c 1 1 -s 1.1.1.1 -j DROP
iptables -A INPUT -c 0x10 010 -j ACCEPT
iptables -A INPUT -c 18446744073709551615 1 -j ACCEPT
iptables -A INPUT -c 18446744073709551616 1 -j ACCEPT
iptables -A INPUT -c 1 -j ACCEPT
iptables -A INPUT -c a b -j ACCEPT
iptables -A INPUT -c -1 5 -j ACCEPT
iptables -L INPUT -n -v -x
iptables -L INPUT -n -v
iptables -S INPUT -v
iptables-save -c -t filter
iptables -R INPUT 2 -c 7 70 -j ACCEPT
iptables -R INPUT 3 -p tcp -j ACCEPT
iptables -L INPUT -n -v -x --line-numbers
iptables -Z INPUT 2
iptables -L INPUT -n -v -x --line-numbers
iptables -Z INPUT 9
iptables -Z INPUT 0
iptables -L -Z INPUT -v -n -x
iptables -L INPUT -v -n -x
iptables -P INPUT DROP -c 5 6
iptables -S INPUT
iptables -L INPUT -v -n -x | head -1
iptables -N X -c 1 1
iptables -C INPUT -c 1 1 -j ACCEPT; echo rc=$?
iptables -D INPUT -c 1 1 -j ACCEPT; echo rc=$?
iptables -S INPUT
ip6tables -A INPUT -c 3 300 -j ACCEPT
ip6tables -L INPUT -n -v -x
ip6tables-save -c | grep -v '^#'
iptables-legacy -A INPUT -c 3 300 -j ACCEPT
iptables-legacy -L INPUT -n -v -x
iptables-legacy -S INPUT -v

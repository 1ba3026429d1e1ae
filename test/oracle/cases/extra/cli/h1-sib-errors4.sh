ip6tables -A INPUT --bogus -j ACCEPT
echo rc=$?
ip6tables -A INPUT -z -j ACCEPT
echo rc=$?
ip6tables -L --bogus
echo rc=$?
ip6tables -S INPUT extra
echo rc=$?
iptables -L INPUT extra
echo rc=$?
iptables -L INPUT 1 extra
echo rc=$?
iptables -A INPUT -j ACCEPT extra
echo rc=$?
iptables -A INPUT extra -j ACCEPT
echo rc=$?
iptables -F INPUT extra
echo rc=$?
iptables -N X extra
echo rc=$?
iptables -X X extra
echo rc=$?
iptables -P INPUT ACCEPT extra
echo rc=$?
iptables -A INPUT -p tcp --bogus 1 -j ACCEPT
echo rc=$?
iptables -A INPUT -p tcp --dprt 22 -j ACCEPT
echo rc=$?
iptables -A INPUT -p tcp --dport 22 --dport 23 -j ACCEPT
echo rc=$?
iptables -A INPUT -s 1.1.1.1 -s 2.2.2.2 -j ACCEPT
echo rc=$?
iptables -A INPUT -p tcp -p udp -j ACCEPT
echo rc=$?
iptables -A INPUT -j ACCEPT -j DROP
echo rc=$?
iptables -A INPUT -i eth0 -i eth1 -j ACCEPT
echo rc=$?
iptables -A INPUT -m bogusmatch -j ACCEPT
echo rc=$?
iptables -A INPUT -m -j ACCEPT
echo rc=$?
iptables -A INPUT --dport 22 -j ACCEPT
echo rc=$?
iptables -A INPUT -p udp --syn -j ACCEPT
echo rc=$?
iptables -A INPUT -p icmp --dport 22 -j ACCEPT
echo rc=$?
iptables -A INPUT -p tcp --icmp-type 8 -j ACCEPT
echo rc=$?
iptables -A INPUT --j ACCEPT
echo rc=$?
iptables -A INPUT --jum ACCEPT
echo rc=$?
iptables -A INPUT --s 1.1.1.1 -j ACCEPT
echo rc=$?
iptables -A INPUT --so 1.1.1.1 -j ACCEPT
echo rc=$?
iptables -A INPUT --de 1.1.1.1 -j ACCEPT
echo rc=$?
iptables -A INPUT --in 1.1.1.1 -j ACCEPT
echo rc=$?
iptables -A INPUT -4 -j ACCEPT
echo rc=$?
iptables -A INPUT -6 -j ACCEPT
echo rc=$?
ip6tables -A INPUT -4 -j ACCEPT
echo rc=$?
iptables -S
ip6tables -S
iptables-legacy -A INPUT --bogus -j ACCEPT
echo rc=$?
iptables-legacy -A INPUT -z -j ACCEPT
echo rc=$?
iptables-legacy -L --bogus
echo rc=$?
iptables-legacy -S INPUT extra
echo rc=$?

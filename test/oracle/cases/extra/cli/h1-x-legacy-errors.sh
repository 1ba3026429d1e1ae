iptables-legacy -A INPUT -p tcp --dport 1 -j ACCEPT
iptables-legacy -D INPUT 2; echo rc=$?
iptables-legacy -D INPUT 0; echo rc=$?
iptables-legacy -D OUTPUT 1; echo rc=$?
iptables-legacy -I INPUT 3 -j ACCEPT; echo rc=$?
iptables-legacy -I INPUT 0 -j ACCEPT; echo rc=$?
iptables-legacy -R INPUT 2 -j ACCEPT; echo rc=$?
iptables-legacy -R INPUT 0 -j ACCEPT; echo rc=$?
iptables-legacy -D INPUT -p tcp --dport 2 -j ACCEPT; echo rc=$?
iptables-legacy -C INPUT -p tcp --dport 2 -j ACCEPT; echo rc=$?
iptables-legacy -N X
iptables-legacy -N X; echo rc=$?
iptables-legacy -N INPUT; echo rc=$?
iptables-legacy -N DROP; echo rc=$?
iptables-legacy -P X DROP; echo rc=$?
iptables-legacy -P INPUT RETURN; echo rc=$?
iptables-legacy -P INPUT BOGUS; echo rc=$?
iptables-legacy -P NOPE DROP; echo rc=$?
iptables-legacy -E X INPUT; echo rc=$?
iptables-legacy -E INPUT Y; echo rc=$?
iptables-legacy -E NOPE Y; echo rc=$?
iptables-legacy -X INPUT; echo rc=$?
iptables-legacy -X NOPE; echo rc=$?
iptables-legacy -F NOPE; echo rc=$?
iptables-legacy -Z NOPE; echo rc=$?
iptables-legacy -L NOPE; echo rc=$?
iptables-legacy -S NOPE; echo rc=$?
iptables-legacy -S INPUT 5; echo rc=$?
iptables-legacy -L INPUT 5; echo rc=$?
iptables-legacy -Z INPUT 5; echo rc=$?
iptables-legacy -A X -j X; echo rc=$?
iptables-legacy -A NOPE -j ACCEPT; echo rc=$?
iptables-legacy -I NOPE -j ACCEPT; echo rc=$?
iptables-legacy -R NOPE 1 -j ACCEPT; echo rc=$?
iptables-legacy -D NOPE 1; echo rc=$?
iptables-legacy -D NOPE -j ACCEPT; echo rc=$?
iptables-legacy -C NOPE -j ACCEPT; echo rc=$?
iptables-legacy -A INPUT -j NOPE; echo rc=$?
iptables-legacy -A INPUT -g NOPE; echo rc=$?
iptables-legacy -t nat -A PREROUTING -j REJECT; echo rc=$?
iptables-legacy -A INPUT -j DNAT --to-destination 1.1.1.1; echo rc=$?
iptables-legacy -A OUTPUT -i eth0 -j ACCEPT; echo rc=$?
iptables-legacy -t raw -A INPUT -j ACCEPT; echo rc=$?
iptables-legacy -t bogus -A INPUT -j ACCEPT; echo rc=$?
iptables-legacy -t security -L -n; echo rc=$?
iptables-legacy -t security -A INPUT -j ACCEPT; echo rc=$?
iptables-legacy -A INPUT -m conntrack --ctstate NEW -j ACCEPT; echo rc=$?
iptables-legacy -A INPUT -p tcp -m multiport --dports 1,2 -j ACCEPT; echo rc=$?
iptables-legacy -A INPUT -m comment --comment hi -j ACCEPT; echo rc=$?
iptables-legacy -S
iptables-legacy -L -n -v --line-numbers
iptables-legacy-save | grep -v '^#'
ip6tables-legacy -D INPUT 1; echo rc=$?
ip6tables-legacy -I INPUT 2 -j ACCEPT; echo rc=$?
ip6tables-legacy -P INPUT REJECT; echo rc=$?
ip6tables-legacy -N X; ip6tables-legacy -P X DROP; echo rc=$?
ip6tables-legacy -A INPUT -j NOPE; echo rc=$?
ip6tables-legacy -S

iptables -L INPUT -s 10.0.0.1
iptables -S INPUT -j ACCEPT
iptables -F INPUT -p tcp
iptables -Z INPUT -i lo
iptables -N X -s 1.2.3.4
iptables -X X -j ACCEPT
iptables -P INPUT DROP -s 1.2.3.4
iptables -E A B -p tcp
iptables -L -n -x -v --line-numbers -t filter INPUT

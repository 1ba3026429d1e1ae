ip link set lo up
serve tcp 80
iptables-legacy -A INPUT -s 127.0.0.2 -j ACCEPT
probe tcp 127.0.0.1 80
iptables-legacy -L INPUT -v -n -x
iptables-legacy -L OUTPUT -v -n -x
iptables-legacy -A OUTPUT -d 127.0.0.9 -j ACCEPT
iptables-legacy -L INPUT -v -n -x
iptables-legacy -L OUTPUT -v -n -x
probe tcp 127.0.0.1 80
iptables-legacy-save -c | grep -v '^#'
iptables-legacy -t nat -A OUTPUT -j ACCEPT
iptables-legacy-save -c -t filter | grep '^:'
iptables-legacy -Z INPUT 1
iptables-legacy-save -c -t filter | grep '^:'
probe tcp 127.0.0.1 80
iptables-legacy -N x
iptables-legacy -L -v -n -x | grep policy
probe tcp 127.0.0.1 80
iptables-legacy -P FORWARD DROP
iptables-legacy -L -v -n -x | grep policy
probe tcp 127.0.0.1 80
iptables-legacy -C INPUT -s 127.0.0.2 -j ACCEPT
iptables-legacy -L -v -n -x | grep policy

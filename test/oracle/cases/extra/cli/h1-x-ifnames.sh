iptables -A INPUT -i eth0:1 -j ACCEPT; echo rc=$?
iptables -A INPUT -i eth/0 -j ACCEPT; echo rc=$?
iptables -A INPUT -i "eth 0" -j ACCEPT; echo rc=$?
iptables -A INPUT -i eth0. -j ACCEPT; echo rc=$?
iptables -A INPUT -i . -j ACCEPT; echo rc=$?
iptables -A INPUT -i .. -j ACCEPT; echo rc=$?
iptables -A INPUT -i eth+0 -j ACCEPT; echo rc=$?
iptables -A INPUT -i ++ -j ACCEPT; echo rc=$?
iptables -A INPUT ! -i + -j ACCEPT; echo rc=$?
iptables -A INPUT -i ethé -j ACCEPT; echo rc=$?
iptables -A INPUT -i '*' -j ACCEPT; echo rc=$?
iptables -A INPUT -i 'eth*' -j ACCEPT; echo rc=$?
iptables -A INPUT -i 012345678901234 -j ACCEPT; echo rc=$?
iptables -A INPUT -i 01234567890123+ -j ACCEPT; echo rc=$?
iptables -A INPUT -i 0123456789012345 -j ACCEPT; echo rc=$?
iptables -A INPUT -i 012345678901234+ -j ACCEPT; echo rc=$?
iptables -A INPUT -i eth%d -j ACCEPT; echo rc=$?
iptables -A INPUT -i -eth0 -j ACCEPT; echo rc=$?
iptables -A INPUT -i '!eth0' -j ACCEPT; echo rc=$?
iptables -A INPUT -i lo -i lo -j ACCEPT; echo rc=$?
iptables -A INPUT ! -i lo ! -i lo -j ACCEPT; echo rc=$?
iptables -S INPUT
iptables -L INPUT -v -n
iptables -L INPUT -n
ip6tables -A FORWARD -i br-+ -o vethabc -j ACCEPT
ip6tables -A FORWARD -o eth0:1 -j ACCEPT
ip6tables -L FORWARD -v -n
ip6tables -S FORWARD

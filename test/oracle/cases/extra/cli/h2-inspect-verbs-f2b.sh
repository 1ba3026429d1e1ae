# an engineer inspecting a fail2ban/ufw box: rule-number listings, -Z, -x, combined short flags
iptables -N f2b-sshd
iptables -A f2b-sshd -s 203.0.113.45/32 -j REJECT --reject-with icmp-port-unreachable
iptables -A f2b-sshd -s 198.51.100.0/24 -j DROP
iptables -A f2b-sshd -j RETURN
iptables -A INPUT -p tcp -m multiport --dports 22,2222 -j f2b-sshd
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -m limit --limit 5/min -j LOG --log-prefix "[UFW BLOCK] " --log-level 4
iptables -A INPUT -m limit --limit 5/min -j LOG --log-prefix "iptables denied: " --log-level 7 --log-tcp-options --log-ip-options
iptables -L INPUT 1
iptables -L INPUT 3 -n
iptables -L f2b-sshd 2 -n -v
iptables -L f2b-sshd 9; echo rc=$?
iptables -S INPUT 1
iptables -S f2b-sshd 3
iptables -S f2b-sshd 0; echo rc=$?
iptables -nvL INPUT
iptables -nvxL INPUT --line-numbers
iptables -vnL f2b-sshd --line
iptables -L -n --line-numbers | grep -A3 f2b
iptables -S | grep -c f2b
iptables -Z f2b-sshd 2
iptables -Z f2b-sshd 7; echo rc=$?
iptables -L -Z f2b-sshd -n -v
iptables -Z INPUT -L -n; echo rc=$?
iptables -L INPUT -n -v -Z
iptables -S INPUT -v
iptables -S -v f2b-sshd
iptables -R f2b-sshd 1 -s 203.0.113.46/32 -j REJECT --reject-with icmp-port-unreachable
iptables -R f2b-sshd 4 -j RETURN; echo rc=$?
iptables -D f2b-sshd 4; echo rc=$?
iptables -I f2b-sshd 4 -s 192.0.2.1 -j DROP
iptables -I f2b-sshd 6 -s 192.0.2.2 -j DROP; echo rc=$?
iptables -S f2b-sshd
iptables -L INPUT -n -v --line-numbers -t filter
iptables -t nat -L -n --line-numbers
iptables -L -n -v --line-numbers OUTPUT
nft list chain ip filter INPUT

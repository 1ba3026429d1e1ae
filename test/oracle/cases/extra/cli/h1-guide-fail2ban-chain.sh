# What fail2ban's iptables actions type (with -w): its chain, the jump inserted first, bans inserted at 1, checks with -C and grep, unban, and teardown in the action's order
iptables -w -N f2b-sshd
iptables -w -A f2b-sshd -j RETURN
iptables -w -I INPUT -p tcp -m multiport --dports 22 -j f2b-sshd
iptables -w -n -L INPUT | grep -q 'f2b-sshd[ \t]'; echo rc=$?
iptables -w -C INPUT -p tcp -m multiport --dports 22 -j f2b-sshd; echo rc=$?
iptables -w -I f2b-sshd 1 -s 203.0.113.7 -j REJECT --reject-with icmp-port-unreachable
iptables -w -I f2b-sshd 1 -s 198.51.100.23 -j REJECT --reject-with icmp-port-unreachable
iptables -w -I f2b-sshd 1 -s 198.51.100.23 -j REJECT --reject-with icmp-port-unreachable
iptables -w -n -L f2b-sshd
iptables -w 5 -L f2b-sshd -n --line-numbers
iptables -w -W 100000 -S f2b-sshd
iptables -w -D f2b-sshd -s 198.51.100.23 -j REJECT --reject-with icmp-port-unreachable
iptables -w -D f2b-sshd -s 198.51.100.23 -j REJECT --reject-with icmp-port-unreachable
iptables -w -D f2b-sshd -s 198.51.100.23 -j REJECT --reject-with icmp-port-unreachable
iptables -w -n -L f2b-sshd | grep -c REJECT
iptables -w -N f2b-sshd
iptables -w -N f2b-recidive
iptables -w -A f2b-recidive -j RETURN
iptables -w -I INPUT -p all -j f2b-recidive
iptables -w -I f2b-recidive 1 -s 192.0.2.0/24 -j DROP
iptables -S
iptables -w -D INPUT -p tcp -m multiport --dports 22 -j f2b-sshd
iptables -w -F f2b-sshd
iptables -w -X f2b-sshd
iptables -w -X f2b-recidive
iptables -w -D INPUT -p all -j f2b-recidive
iptables -w -F f2b-recidive
iptables -w -X f2b-recidive
iptables -w -n -L INPUT
iptables -w abc -L
iptables -W 10 -L INPUT -n

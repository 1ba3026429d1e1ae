# fail2ban's actioncheck/actionunban shell idioms and an admin's scripted unban of everything
iptables -w -N f2b-sshd
iptables -w -A f2b-sshd -j RETURN
iptables -w -I INPUT -p tcp -m multiport --dports ssh -j f2b-sshd
iptables -w -n -L INPUT | grep -q 'f2b-sshd[ \t]'; echo rc=$?
iptables -w -n -L INPUT | grep -q 'f2b-nginx[ \t]'; echo rc=$?
iptables -w -n -L INPUT | grep 'f2b-sshd[ \t]'
iptables -w -n -L INPUT | grep -E 'f2b-sshd[[:space:]]'
for ip in 203.0.113.45 198.51.100.7 192.0.2.200; do iptables -w -I f2b-sshd 1 -s $ip -j REJECT --reject-with icmp-port-unreachable; done
iptables -n -L f2b-sshd | awk 'NR>2 && $1=="REJECT" {print $4}'
iptables -S f2b-sshd | grep -c -- '-j REJECT'
iptables -S f2b-sshd | grep -- '-s ' | sed 's/^-A/-D/' | while read -r line; do iptables $line; echo "del rc=$?"; done
iptables -S f2b-sshd
for ip in 203.0.113.1 203.0.113.2; do iptables -I f2b-sshd 1 -s $ip -j DROP -m comment --comment "banned by admin"; done
iptables -S f2b-sshd
iptables -S f2b-sshd | grep -- '-s ' | sed 's/^-A/-D/' | while read -r line; do eval iptables $line; echo "del rc=$?"; done
iptables -S f2b-sshd
iptables -I f2b-sshd 1 -s 203.0.113.3 -j DROP
iptables -L f2b-sshd -n --line-numbers | awk '/203.0.113.3/ {print $1}' | xargs -r iptables -D f2b-sshd
iptables -L f2b-sshd -n --line-numbers
iptables -w -D INPUT -p tcp -m multiport --dports ssh -j f2b-sshd
iptables -w -F f2b-sshd
iptables -w -X f2b-sshd
iptables -w -n -L INPUT | grep -q 'f2b-sshd[ \t]'; echo rc=$?
iptables -L INPUT -n | wc -l
iptables -L -n | grep -c Chain

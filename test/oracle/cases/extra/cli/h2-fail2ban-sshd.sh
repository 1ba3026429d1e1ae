# fail2ban (iptables-multiport action) as it runs: chain, jump inserted at top, bans inserted at 1
iptables -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -N f2b-sshd
iptables -A f2b-sshd -j RETURN
iptables -I INPUT -p tcp -m multiport --dports ssh -j f2b-sshd
iptables -I f2b-sshd 1 -s 203.0.113.45 -j REJECT --reject-with icmp-port-unreachable
iptables -I f2b-sshd 1 -s 198.51.100.7 -j REJECT --reject-with icmp-port-unreachable
iptables -I f2b-sshd 1 -s 192.0.2.200/32 -j REJECT --reject-with icmp-port-unreachable
iptables -n -L f2b-sshd
iptables -n -L f2b-sshd --line-numbers
iptables -L INPUT -n -v --line-numbers
iptables -S
iptables -C f2b-sshd -s 198.51.100.7 -j REJECT --reject-with icmp-port-unreachable; echo rc=$?
iptables -C f2b-sshd -s 198.51.100.8 -j REJECT --reject-with icmp-port-unreachable; echo rc=$?
iptables -C f2b-sshd -s 198.51.100.7 -j REJECT; echo rc=$?
iptables -D f2b-sshd -s 198.51.100.7 -j REJECT --reject-with icmp-port-unreachable
iptables -D f2b-sshd -s 198.51.100.7 -j REJECT --reject-with icmp-port-unreachable; echo rc=$?
iptables -S f2b-sshd
iptables -N f2b-recidive
iptables -A f2b-recidive -j RETURN
iptables -I INPUT -p all -j f2b-recidive
iptables -I f2b-recidive 1 -s 192.0.2.9 -j REJECT --reject-with icmp-port-unreachable
iptables -N f2b-nginx-http-auth
iptables -A f2b-nginx-http-auth -j RETURN
iptables -I INPUT -p tcp -m multiport --dports http,https -j f2b-nginx-http-auth
iptables -L INPUT -n --line-numbers
iptables -S INPUT
iptables-save -c | grep -v '^#'
iptables -D INPUT -p tcp -m multiport --dports ssh -j f2b-sshd
iptables -F f2b-sshd
iptables -X f2b-sshd
iptables -X f2b-recidive; echo rc=$?
iptables -D INPUT 1
iptables -X f2b-recidive; echo rc=$?
iptables -S
nft list table ip filter

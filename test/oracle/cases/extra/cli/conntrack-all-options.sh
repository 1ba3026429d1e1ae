iptables -A INPUT -m conntrack --ctstate NEW,ESTABLISHED,RELATED,INVALID,UNTRACKED -j ACCEPT
iptables -A INPUT -m conntrack --ctstate SNAT,DNAT -j ACCEPT
iptables -A INPUT -m conntrack ! --ctstate NEW -j ACCEPT
iptables -A INPUT -m conntrack --ctproto tcp -j ACCEPT
iptables -A INPUT -m conntrack --ctorigsrc 10.0.0.0/8 --ctorigdst 10.0.0.1 -j ACCEPT
iptables -A INPUT -m conntrack --ctreplsrc 10.0.0.2 --ctrepldst 10.0.0.3/24 -j ACCEPT
iptables -A INPUT -m conntrack --ctorigsrcport 1000 --ctorigdstport 80 -j ACCEPT
iptables -A INPUT -m conntrack --ctreplsrcport 1000:2000 --ctrepldstport 80 -j ACCEPT
iptables -A INPUT -m conntrack --ctstatus ASSURED,SEEN_REPLY -j ACCEPT
iptables -A INPUT -m conntrack --ctstatus EXPECTED,CONFIRMED -j ACCEPT
iptables -A INPUT -m conntrack --ctexpire 10:100 -j ACCEPT
iptables -A INPUT -m conntrack --ctdir ORIGINAL -j ACCEPT
iptables -A INPUT -m conntrack --ctdir REPLY -j ACCEPT
iptables -A INPUT -m conntrack ! --ctorigsrc 10.0.0.1 -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n

# Siblings of match-conntrack: every conntrack option, negations, lists, errors, and ip6tables
iptables -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -A INPUT -m conntrack --ctstate new -j ACCEPT
iptables -A INPUT -m conntrack --ctstate NEW,NEW -j ACCEPT
iptables -A INPUT -m conntrack --ctstate ESTABLISHED --ctstatus ASSURED -j ACCEPT
iptables -A INPUT -m conntrack --ctstatus EXPECTED,SEEN_REPLY,CONFIRMED -j ACCEPT
iptables -A INPUT -m conntrack --ctstatus NONE -j ACCEPT
iptables -A INPUT -m conntrack --ctproto tcp -j ACCEPT
iptables -A INPUT -m conntrack ! --ctproto 17 -j ACCEPT
iptables -A INPUT -m conntrack --ctorigsrc 10.0.0.0/8 --ctorigdst 10.1.1.1 -j ACCEPT
iptables -A INPUT -m conntrack --ctreplsrc 192.168.0.0/16 ! --ctrepldst 1.1.1.1 -j ACCEPT
iptables -A INPUT -m conntrack --ctorigsrcport 1024:2048 --ctorigdstport 80 -j ACCEPT
iptables -A INPUT -m conntrack --ctreplsrcport 53 ! --ctrepldstport 1000:2000 -j ACCEPT
iptables -A INPUT -m conntrack --ctexpire 10:100 -j ACCEPT
iptables -A INPUT -m conntrack ! --ctexpire 5 -j ACCEPT
iptables -A INPUT -m conntrack --ctdir ORIGINAL -j ACCEPT
iptables -A INPUT -m conntrack --ctdir REPLY -j ACCEPT
iptables -A INPUT -m conntrack --ctstate DNAT,SNAT --ctproto udp --ctdir REPLY -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
iptables -L INPUT
iptables -A FORWARD -m conntrack --ctdir SIDEWAYS -j ACCEPT
iptables -A FORWARD -m conntrack --ctstatus BOGUS -j ACCEPT
iptables -A FORWARD -m conntrack --ctproto nosuch -j ACCEPT
iptables -A FORWARD -m conntrack --ctexpire 100:10 -j ACCEPT
iptables -A FORWARD -m conntrack --ctorigsrc 300.0.0.1 -j ACCEPT
iptables -A FORWARD -m conntrack --ctstate NEW --ctstate INVALID -j ACCEPT
iptables -A FORWARD -m conntrack --ctstate NEW, -j ACCEPT
iptables -A FORWARD -m conntrack --ctstate ,NEW -j ACCEPT
iptables -A FORWARD -m conntrack ! ! --ctstate NEW -j ACCEPT
iptables -S FORWARD
ip6tables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
ip6tables -A INPUT -m conntrack --ctstate INVALID -j DROP
ip6tables -A INPUT -m conntrack --ctorigsrc 2001:db8::/32 -j ACCEPT
ip6tables -A INPUT -m conntrack --ctstate BOGUS -j ACCEPT
ip6tables -A INPUT -m conntrack --ctorigsrc 10.0.0.1 -j ACCEPT
ip6tables -S INPUT
ip6tables -L INPUT -n

iptables -A INPUT -m tcp -j ACCEPT
iptables -A INPUT -m tcp --tcp-option 2 -j ACCEPT
iptables -A INPUT -p udp --dport 70000 -j ACCEPT
iptables -A INPUT -p udp --dport 0x16 -j ACCEPT
iptables -A INPUT -p udp --dport 1:2:3 -j ACCEPT
iptables -A INPUT -p udp --sport 30:20 -j ACCEPT
iptables -A INPUT -p udp --sport nosuch -j ACCEPT
iptables -A INPUT -p udp --sport :100 -j ACCEPT
iptables -S INPUT
iptables -F
iptables -A INPUT -p tcp -m multiport --sports 1:2:3 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --sports 5:1 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 80 --sports 22 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 80 --dports 22 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --ports 1:5,7,9:10 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15:16 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports nosuch -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 80, -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 80 -j ACCEPT
iptables -A INPUT -p tcp -m multiport ! --sports 80,81 -j ACCEPT
iptables -A INPUT -p udp -m multiport ! --ports 80,81 -j ACCEPT
iptables -A INPUT -p sctp -m multiport --ports 80,81 -j ACCEPT
iptables -A INPUT -p icmp -m multiport --ports 80,81 -j ACCEPT
iptables -A INPUT -m multiport --source-ports 80,81 -p tcp -j ACCEPT
iptables -A INPUT -p tcp -m multiport --source-ports 80,81 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --destination-ports 80,81 -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -F
iptables -A INPUT -m conntrack --ctproto tcp --ctorigsrc 10.0.0.0/8 --ctorigdst 1.2.3.4 --ctreplsrc 5.6.7.8 --ctrepldst 9.9.9.0/24 -j ACCEPT
iptables -A INPUT -m conntrack ! --ctproto udp ! --ctorigsrc 10.0.0.1 ! --ctstatus ASSURED ! --ctexpire 10:20 -j ACCEPT
iptables -A INPUT -m conntrack --ctorigsrcport 1000 --ctorigdstport 80 --ctreplsrcport 8080 --ctrepldstport 1000:2000 -j ACCEPT
iptables -A INPUT -m conntrack ! --ctorigsrcport 1000 ! --ctrepldstport 1000:2000 --ctdir REPLY -j ACCEPT
iptables -A INPUT -m conntrack --ctdir ORIGINAL --ctstatus EXPECTED,SEEN_REPLY,ASSURED,CONFIRMED -j ACCEPT
iptables -A INPUT -m conntrack --ctstatus NONE --ctexpire 5 -j ACCEPT
iptables -A INPUT -m conntrack --ctstate NEW --ctproto 6 --ctorigdstport 22 -j ACCEPT
iptables -A INPUT -m conntrack --ctstate new,established -j ACCEPT
iptables -A INPUT -m conntrack --ctstatus FOO -j ACCEPT
iptables -A INPUT -m conntrack --ctdir FOO -j ACCEPT
iptables -A INPUT -m conntrack --ctproto foo -j ACCEPT
iptables -A INPUT -m conntrack --ctorigsrc 300.0.0.1 -j ACCEPT
iptables -A INPUT -m conntrack --ctexpire 20:10 -j ACCEPT
iptables -A INPUT -m conntrack --ctexpire abc -j ACCEPT
iptables -A INPUT -m conntrack --ctstate NEW --ctstate INVALID -j ACCEPT
iptables -A INPUT -m conntrack --ctorigsrcport 99999 -j ACCEPT
iptables -A INPUT -m conntrack --ctorigsrcport http -j ACCEPT
iptables -A INPUT -m conntrack --ctorigdstport 10:20 -j ACCEPT
iptables -A INPUT -m conntrack --ctstate NEW,FOO -j ACCEPT
iptables -A INPUT -m conntrack --ctstate "" -j ACCEPT
iptables -A INPUT -m conntrack --ctstate NEW, -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n
iptables -F
iptables -A INPUT -m state --state FOO -j ACCEPT
iptables -A INPUT -m state -j ACCEPT
iptables -A INPUT -m state --state NEW --state NEW -j ACCEPT
iptables -A INPUT -m state --state INVALID,NEW,RELATED,ESTABLISHED,UNTRACKED -j ACCEPT
iptables -A INPUT -m state --state SNAT -j ACCEPT
iptables -A INPUT -m comment -j ACCEPT
iptables -A INPUT -m comment ! --comment x -j ACCEPT
iptables -A INPUT -m comment --comment a --comment b -j ACCEPT
iptables -A INPUT -m comment --comment 0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890 -j ACCEPT
iptables -A INPUT -m comment --comment 'back\slash and $dollar' -j ACCEPT
iptables -A INPUT -m comment --comment '*/ tricky /*' -j ACCEPT
iptables -S INPUT
iptables -L INPUT

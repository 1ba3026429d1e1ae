iptables -A INPUT -m conntrack --ctstate SNAT,DNAT -j ACCEPT
iptables -A INPUT -m conntrack ! --ctstatus NONE -j ACCEPT
iptables -A INPUT -m conntrack --ctstatus EXPECTED,SEEN_REPLY,ASSURED,CONFIRMED -j ACCEPT
iptables -A INPUT -m conntrack --ctexpire 10:20 --ctdir REPLY -j ACCEPT
iptables -A INPUT -m conntrack ! --ctexpire 5 --ctdir ORIGINAL -j ACCEPT
iptables -A INPUT -m conntrack --ctexpire 20:10 -j ACCEPT
iptables -A INPUT -m conntrack --ctdir original -j ACCEPT
iptables -A INPUT -m conntrack --ctdir BOTH -j ACCEPT
iptables -A INPUT -m conntrack --ctproto tcp --ctorigsrcport 1024:65535 ! --ctorigdstport 80 --ctreplsrcport 8080:8081 --ctrepldstport :1023 -j ACCEPT
iptables -A INPUT -m conntrack --ctorigsrcport 22 -j ACCEPT
iptables -A INPUT -m conntrack --ctproto gre --ctorigsrcport 1 -j ACCEPT
iptables -A INPUT -m conntrack --ctproto 0 -j ACCEPT
iptables -A INPUT -m conntrack --ctstate new,established -j ACCEPT
iptables -A INPUT -m conntrack --ctstate NEW,BOGUS -j ACCEPT
iptables -A INPUT -m conntrack --ctstatus NONE,ASSURED -j ACCEPT
iptables -A INPUT -m conntrack --ctstate UNTRACKED -m conntrack --ctstate INVALID -j DROP
iptables -A INPUT -m conntrack --ctorigsrc 10.0.0.0/8 --ctorigdst 127.0.0.1 --ctreplsrc 192.168.0.1/255.255.0.0 --ctrepldst 0.0.0.0/0 -j ACCEPT
iptables -A INPUT -m conntrack --ctorigsrc 10.0.0.1,10.0.0.2 -j ACCEPT
iptables -A INPUT -m recent --set -j ACCEPT
iptables -A INPUT -m recent --name SSH --update --seconds 60 --hitcount 4 --rttl -j DROP
iptables -A INPUT -m recent --name SSH --rcheck --seconds 60 --reap -j DROP
iptables -A INPUT -m recent --name SSH --rcheck --reap -j DROP
iptables -A INPUT -m recent --name SSH --remove --rdest -j ACCEPT
iptables -A INPUT -m recent --name SSH --set --rsource --rdest -j ACCEPT
iptables -A INPUT -m recent --name SSH --set --rcheck -j ACCEPT
iptables -A INPUT -m recent --name SSH --rcheck --hitcount 21 -j DROP
iptables -A INPUT -m recent --name SSH --rcheck --hitcount 20 -j DROP
iptables -A INPUT -m recent --name SSH ! --rcheck --seconds 0 -j DROP
iptables -A INPUT -m recent --name aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa --set -j ACCEPT
iptables -A INPUT -m recent --name 'a b' --set -j ACCEPT
iptables -A INPUT -m recent --name SSH --set --mask 255.255.255.0 -j ACCEPT
iptables -A INPUT -m recent --name SSH --set --mask 24 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 0.5 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 0.3333 -j ACCEPT
iptables -A INPUT -m statistic --mode random ! --probability 1 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 0 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 1.5 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 1e-3 -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every 3 --packet 2 -j ACCEPT
iptables -A INPUT -m statistic --mode nth ! --every 2 -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every 3 --packet 3 -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every 0 -j ACCEPT
iptables -A INPUT -m statistic --mode nth --packet 1 -j ACCEPT
iptables -A INPUT -m statistic --mode random --every 2 -j ACCEPT
iptables -A INPUT -m statistic --mode random -j ACCEPT
iptables -A INPUT -m statistic --probability 0.5 -j ACCEPT
iptables -A INPUT -m set --match-set blocklist src -j DROP
iptables -A INPUT -j SET --add-set blocklist src
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables-translate -A INPUT -m conntrack --ctstatus EXPECTED,SEEN_REPLY,ASSURED,CONFIRMED -j ACCEPT
iptables-translate -A INPUT -m conntrack ! --ctexpire 5 --ctdir ORIGINAL -j ACCEPT
iptables-translate -A INPUT -m conntrack --ctstate SNAT,DNAT -j ACCEPT
iptables-translate -A INPUT -m conntrack --ctproto tcp --ctorigsrcport 1024:65535 ! --ctorigdstport 80 --ctreplsrcport 8080:8081 --ctrepldstport :1023 -j ACCEPT
iptables-translate -A INPUT -m recent --name SSH --update --seconds 60 --hitcount 4 --rttl -j DROP
iptables-translate -A INPUT -m statistic --mode random --probability 0.3333 -j ACCEPT
iptables-translate -A INPUT -m statistic --mode nth --every 3 --packet 2 -j ACCEPT
iptables-translate -A INPUT -m set --match-set blocklist src,dst -j DROP

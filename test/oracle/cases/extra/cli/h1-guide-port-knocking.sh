# Port-knocking guide (recent-based, as on the ArchWiki): GATE chains, KNOCKING chain, PASSED chain, then listing and tearing them down in the wrong order
iptables -N KNOCKING
iptables -N GATE1
iptables -N GATE2
iptables -N GATE3
iptables -N PASSED
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -j KNOCKING
iptables -A GATE1 -p tcp --dport 1111 -m recent --name AUTH1 --set -j DROP
iptables -A GATE1 -j DROP
iptables -A GATE2 -m recent --name AUTH1 --remove
iptables -A GATE2 -p tcp --dport 2222 -m recent --name AUTH2 --set -j DROP
iptables -A GATE2 -j GATE1
iptables -A GATE3 -m recent --name AUTH2 --remove
iptables -A GATE3 -p tcp --dport 3333 -m recent --name AUTH3 --set -j DROP
iptables -A GATE3 -j GATE1
iptables -A PASSED -m recent --name AUTH3 --remove
iptables -A PASSED -p tcp --dport 22 -j ACCEPT
iptables -A PASSED -j GATE1
iptables -A KNOCKING -m recent --rcheck --seconds 30 --name AUTH3 -j PASSED
iptables -A KNOCKING -m recent --rcheck --seconds 10 --name AUTH2 -j GATE3
iptables -A KNOCKING -m recent --rcheck --seconds 10 --name AUTH1 -j GATE2
iptables -A KNOCKING -j GATE1
iptables -S
iptables -L KNOCKING -n
iptables -L -n --line-numbers | head -20
ls /proc/net/xt_recent
iptables -A KNOCKING -m recent --rcheck --seconds 10 --name AUTH1 --set -j GATE2
iptables -A KNOCKING -m recent --seconds 10 --name AUTH1 -j GATE2
iptables -A KNOCKING -m recent --rcheck --reap --name AUTH1 -j GATE2
iptables -A KNOCKING -m recent --rcheck --reap --seconds 5 --name AUTH1 -j GATE2
iptables -A KNOCKING -m recent --rcheck --name "AUTH 1" -j GATE2
iptables -A KNOCKING -m recent --rcheck --mask 255.255.255.0 --name AUTH1 -j GATE2
iptables -X GATE1
iptables -F GATE1
iptables -X GATE1
iptables -F
iptables -X GATE1
iptables -X
iptables -S
ls /proc/net/xt_recent | wc -l

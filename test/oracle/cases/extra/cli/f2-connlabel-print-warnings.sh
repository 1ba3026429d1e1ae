# connlabel: libxt_connlabel tries /etc/xtables/connlabel.conf each time it prints a match (-L,
# -L -n, -S, iptables-save, -v echoes), so every listed connlabel match warns; -C/-D compare no
# option data (userspacesize 0) and nft's -v -C/-D echo the rule found in the kernel.
iptables -A INPUT -j ACCEPT
iptables -A INPUT -m connlabel --label 3
iptables -v -A INPUT -m connlabel --label 4 --set
iptables -t mangle -A INPUT -m connlabel ! --label 5 -m connlabel --label 6
iptables -A INPUT -m connlabel --label ""
iptables -A INPUT -m connlabel --label nosuch
iptables -L INPUT
iptables -L INPUT -n
iptables -L INPUT 2
iptables -S INPUT 3
iptables -L FORWARD
iptables -L -v -n -t mangle
iptables-save -t mangle
iptables-save
iptables -v -C INPUT -m connlabel --label 9 --set
iptables -C INPUT -m connlabel --label 9 -j ACCEPT
iptables -v -D INPUT -m connlabel ! --label 100
iptables -S INPUT
ip6tables -A OUTPUT -m connlabel --label 7 --set
ip6tables -S
ip6tables-save

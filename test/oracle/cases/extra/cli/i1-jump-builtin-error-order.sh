# a jump to a built-in chain: the rule's chain and the -I/-R position are checked first; legacy -D/-C map the target (EINVAL) before looking for the rule
iptables -t nat -A INPUT -j ACCEPT
iptables -t nat -A INPUT -j PREROUTING
iptables -t nat -I INPUT -j PREROUTING
iptables -t nat -R INPUT 1 -j PREROUTING
iptables -t nat -R INPUT 1 -g PREROUTING
iptables -t nat -D INPUT -j PREROUTING
iptables -t nat -C INPUT -j PREROUTING
iptables -A INPUT -j FORWARD
iptables -A INPUT -g FORWARD
iptables -A INPUT -j INPUT
iptables -R INPUT 1 -j INPUT
iptables -R INPUT 1 -j OUTPUT
iptables -D INPUT -g FORWARD
iptables -C INPUT -j FORWARD
iptables -N web
iptables -A web -j FORWARD
iptables -D web -j FORWARD
iptables -D web -g FORWARD
iptables -R web 1 -j FORWARD
iptables-legacy -A INPUT -j ACCEPT
iptables-legacy -A INPUT -j FORWARD
iptables-legacy -A INPUT -g FORWARD
iptables-legacy -R INPUT 1 -j FORWARD
iptables-legacy -D INPUT -g FORWARD
iptables-legacy -D INPUT -j FORWARD
iptables-legacy -C INPUT -j FORWARD
iptables-legacy -D NOPE -j FORWARD
iptables-legacy -D NOPE -j ACCEPT
iptables-legacy -N web
iptables-legacy -D web -g INPUT
iptables-legacy -A web -g INPUT
ip6tables -A INPUT -j FORWARD
ip6tables -R INPUT 1 -j FORWARD
ip6tables -A INPUT -j ACCEPT
ip6tables -R INPUT 1 -j FORWARD
ip6tables-legacy -D INPUT -g FORWARD
iptables -I INPUT 5 -j FORWARD
iptables -R INPUT 5 -j FORWARD
iptables -I web 1 -j FORWARD
iptables-legacy -I INPUT 5 -j FORWARD
iptables-legacy -R INPUT 9 -j FORWARD
iptables-legacy -R INPUT 1 -g OUTPUT
iptables-legacy -v -D INPUT -j OUTPUT
iptables-legacy -I NOPE -j FORWARD
iptables-legacy -R NOPE 1 -j FORWARD
iptables-legacy -S
iptables -S

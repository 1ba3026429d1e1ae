iptables INPUT -A -j ACCEPT
iptables -A -j ACCEPT INPUT
iptables -A -p tcp INPUT
iptables -P DROP INPUT
iptables -P ACCEPT
iptables -I 1 INPUT -j ACCEPT
iptables -D 1 INPUT
iptables -R 1 INPUT -j ACCEPT
iptables -L -t
iptables -t -L
iptables -t -A INPUT -j ACCEPT
iptables -A INPUT -j ACCEPT -t nat
iptables -A INPUT -t nat -t filter -j ACCEPT
iptables -A INPUT -t filter -t filter -j ACCEPT
iptables -N -A
iptables -N -j
iptables -X -F
iptables -F -X
iptables -E -A B
iptables -A INPUT -I INPUT -j ACCEPT
iptables -L INPUT -A INPUT
iptables -A INPUT -j ACCEPT INPUT
iptables -A INPUT ACCEPT
iptables -A INPUT -j ACCEPT DROP
iptables -A INPUT -s 1.2.3.4 5.6.7.8 -j DROP
iptables -A INPUT -p tcp 22 -j ACCEPT
iptables -A INPUT -p tcp -dport 22 -j ACCEPT
iptables -A INPUT -p tcp -sport 22 -j ACCEPT
iptables -A INPUT -p tcp --d 22 -j ACCEPT
iptables -A INPUT -p tcp --s 22 -j ACCEPT
iptables -A INPUT -p tcp -- dport 22 -j ACCEPT
iptables -A INPUT -p tcp —dport 22 -j ACCEPT
iptables -A INPUT -p tcp –-dport 22 -j ACCEPT
iptables –A INPUT -j ACCEPT
iptables -A INPUT -j ACCEPT;
iptables -A INPUT -j ACCEPT\;
iptables -S

iptables -N c1
iptables -N c2
iptables -N c3
iptables -N c4
iptables -N c5
iptables -N c6
iptables -N c7
iptables -N c8
iptables -N c9
iptables -N c10
iptables -N c11
iptables -N c12
iptables -N c13
iptables -N c14
iptables -N c15
iptables -N c16
iptables -A c1 -j c2
iptables -A c2 -j c3
iptables -A c3 -j c4
iptables -A c4 -j c5
iptables -A c5 -j c6
iptables -A c6 -j c7
iptables -A c7 -j c8
iptables -A c8 -j c9
iptables -A c9 -j c10
iptables -A c10 -j c11
iptables -A c11 -j c12
iptables -A c12 -j c13
iptables -A c13 -j c14
iptables -A c14 -j c15
iptables -A c15 -j c16
iptables -A INPUT -j c2
iptables -A INPUT -j c1
iptables -A FORWARD -g c1
iptables -D INPUT -j c2
iptables -v -I OUTPUT -j c1
iptables -R INPUT 1 -j c1
iptables -S INPUT
iptables -N s
iptables -A s -j s
iptables -A s -g s
iptables -I INPUT -j s
iptables -L s -n
iptables -A INPUT -j INPUT
iptables -A INPUT -j OUTPUT
iptables -A c3 -g INPUT
iptables -t nat -A POSTROUTING -j PREROUTING
iptables -t nat -A POSTROUTING -j POSTROUTING
iptables -C INPUT -j INPUT
iptables-legacy -N l1
iptables-legacy -N l2
iptables-legacy -A l1 -j l2
iptables-legacy -A l2 -g l1
iptables-legacy -A INPUT -j l1
iptables-legacy -v -A INPUT -j INPUT
iptables-legacy -A l1 -j FORWARD
iptables-legacy -S
iptables -S

iptables -A INPUT -m mark ! --mark 0/0 -j ACCEPT
iptables -A INPUT -m length ! --length 0:65535 -j ACCEPT
iptables -A INPUT -m iprange --src-range 0.0.0.0-255.255.255.255 -j ACCEPT
iptables -A INPUT -p tcp -m multiport ! --dports 0:65535 -j ACCEPT
iptables -A INPUT -p tcp ! --tcp-flags NONE NONE -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags NONE NONE -j ACCEPT
iptables -A INPUT -p udp ! --sport 1:65535 -j ACCEPT
iptables -A INPUT -p udp --sport 1:65535 -j ACCEPT
iptables -A INPUT -p udp ! --dport 0:0 -j ACCEPT
iptables -A INPUT ! -s 255.255.255.255/0 -j ACCEPT
iptables -A INPUT -s 10.0.0.0/255.255.255.255 -j ACCEPT
iptables -A INPUT -p tcp ! --sport 65535:65535 -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n

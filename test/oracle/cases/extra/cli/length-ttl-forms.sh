iptables -A INPUT -m length --length 64 -j ACCEPT
iptables -A INPUT -m length --length 100:200 -j ACCEPT
iptables -A INPUT -m length ! --length :500 -j ACCEPT
iptables -A INPUT -m length --length 1000: -j ACCEPT
iptables -A INPUT -m ttl --ttl-eq 64 -j ACCEPT
iptables -A INPUT -m ttl --ttl-lt 10 -j ACCEPT
iptables -A INPUT -m ttl --ttl-gt 200 -j ACCEPT
iptables -A INPUT -m ttl ! --ttl-eq 1 -j ACCEPT
iptables -A INPUT -m ttl --ttl-eq 256 -j ACCEPT
iptables -A INPUT -m length --length 70000 -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
